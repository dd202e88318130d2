#!/usr/bin/env bash
# Regenerates the voice clips (语音片段) the announcer concatenates: run once, commit the WAVs.
# Needs Debian's espeak-ng (apt-get install espeak-ng); the build and the tests do not.
# Mandarin voice "cmn" (Latin letters read as English letter names), 22050 Hz 16-bit mono.
# To use recorded human clips instead, drop WAVs with the same names into the folder.
set -euo pipefail
out="$(cd "$(dirname "$0")/.." && pwd)/src/main/resources/hallq/board/voice/zh"
mkdir -p "$out"
speak() { espeak-ng -v cmn -s 150 -a 150 -w "$out/$1.wav" "$2"; trim "$out/$1.wav"; }

# Cuts espeak's leading and trailing silence (keeps 20 ms) so clips join without long pauses.
trim() {
  python3 - "$1" <<'PY'
import array, sys, wave
path = sys.argv[1]
with wave.open(path, "rb") as w:
    params, frames = w.getparams(), w.readframes(w.getnframes())
pcm = array.array("h", frames)
loud = [i for i, v in enumerate(pcm) if abs(v) > 400]
pad = params.framerate // 50
start, end = (max(0, loud[0] - pad), min(len(pcm), loud[-1] + pad)) if loud else (0, 0)
with wave.open(path, "wb") as w:
    w.setparams(params)
    w.writeframes(pcm[start:end].tobytes())
PY
}

speak qing "请"
speak hao "号"
speak zaici "再次"
speak dao "到"
speak haochuangkou "号窗口"
speak banli "办理"
speak shi "十"
speak bai "百"
digits=(零 一 二 三 四 五 六 七 八 九)
for i in "${!digits[@]}"; do speak "d$i" "${digits[$i]}"; done
for c in {A..Z}; do speak "letter-${c,,}" "$c"; done
echo "wrote $(ls "$out"/*.wav | wc -l) clips to $out"
