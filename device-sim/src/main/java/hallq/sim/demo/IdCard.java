package hallq.sim.demo;

import hallq.protocol.PersonName;
import hallq.protocol.ResidentId;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import java.util.TreeSet;
import java.util.random.RandomGenerator;

/**
 * The resident ID card a demo citizen carries: a made-up but well-formed name and number (valid
 * check character, plausible birth date), drawn from the crowd's random stream. It travels only
 * over the simulated reader's serial wire; what the hall keeps of it is the controller's keyed hash.
 */
record IdCard(String name, String number) {
    private static final String[] FAMILY = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙",
            "马", "朱", "胡", "郭", "何", "林", "罗", "欧阳"};
    private static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "洋", "艳", "勇", "军",
            "杰", "娟", "涛", "明", "超", "秀英", "桂兰", "建华", "志强", "海燕", "晓东", "嘉怡", "子轩", "梓涵"};
    private static final String[] REGIONS = {"440303", "440304", "440305", "440306", "440307", "445102", "430104"};

    @Override
    public String toString() {
        return "IdCard[" + PersonName.mask(name) + ", " + ResidentId.mask(number) + "]";
    }

    /** Every name {@link #draw} can give (for scans that must not find any of them). */
    static Set<String> allNames() {
        Set<String> all = new TreeSet<>();
        for (String f : FAMILY) {
            for (String g : GIVEN) {
                all.add(f + g);
            }
        }
        return all;
    }

    static IdCard draw(RandomGenerator random) {
        String name = FAMILY[random.nextInt(FAMILY.length)] + GIVEN[random.nextInt(GIVEN.length)];
        LocalDate birth = LocalDate.of(1940, 1, 1).plusDays(random.nextInt(65 * 365));
        String first17 = REGIONS[random.nextInt(REGIONS.length)]
                + birth.format(DateTimeFormatter.BASIC_ISO_DATE)
                + String.format("%03d", random.nextInt(1000));
        return new IdCard(name, ResidentId.withCheck(first17));
    }
}
