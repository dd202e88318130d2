#!/usr/bin/env bash
# Regenerates the kiosk's spoken prompts (适老模式 语音提示): run once, commit the WAVs.
# Needs Debian's espeak-ng (apt-get install espeak-ng) and python3; the build and the tests do not.
# Mandarin voice "cmn" and English "en", trimmed, 8000 Hz 8-bit mono to keep them small.
# To use recorded human clips instead, drop WAVs with the same names into the folders.
set -euo pipefail
root="${1:-$(cd "$(dirname "$0")/.." && pwd)/src/main/resources/hallq/kiosk/voice}"
mkdir -p "$root/zh" "$root/en"

# Cuts leading and trailing silence (keeps 20 ms), resamples to 8000 Hz and stores 8-bit unsigned.
shrink() {
  python3 - "$1" <<'PY'
import array, audioop, sys, wave
path = sys.argv[1]
with wave.open(path, "rb") as w:
    params, frames = w.getparams(), w.readframes(w.getnframes())
pcm = array.array("h", frames)
loud = [i for i, v in enumerate(pcm) if abs(v) > 400]
pad = params.framerate // 50
start, end = (max(0, loud[0] - pad), min(len(pcm), loud[-1] + pad)) if loud else (0, 0)
data = pcm[start:end].tobytes()
data, _ = audioop.ratecv(data, 2, 1, params.framerate, 8000, None)
data = audioop.bias(audioop.lin2lin(data, 2, 1), 1, 128)
with wave.open(path, "wb") as w:
    w.setnchannels(1)
    w.setsampwidth(1)
    w.setframerate(8000)
    w.writeframes(data)
PY
}
zh() { espeak-ng -v cmn -s 160 -a 150 -w "$root/zh/$1.wav" "$2"; shrink "$root/zh/$1.wav"; }
en() { espeak-ng -v en -s 150 -a 150 -w "$root/en/$1.wav" "$2"; shrink "$root/en/$1.wav"; }

zh home "请选择办理事项"
en home "Please choose a service."
zh priority "请选择取号方式"
en priority "Please choose how you would like to queue."
zh check-in "请输入预约码，或将身份证放在读卡区"
en check-in "Please type your appointment code, or place your ID card on the reader."
zh working "正在出票，请稍候"
en working "Printing your ticket, please wait."
zh printed "取号成功，请取走号票"
en printed "Please take your ticket."
zh print-failed "号票未能打印，您的号码仍然有效，请拍下屏幕上的二维码"
en print-failed "The ticket could not be printed. Your number is still valid. Please photograph the QR code on the screen."
zh refused "未能取号，请看屏幕提示，或咨询工作人员"
en refused "No ticket was issued. Please read the screen, or ask staff."
zh help "已通知工作人员，请稍候"
en help "Staff have been called. Please wait."
zh put-card "请将身份证放在读卡区，办理此事项需读取身份证"
en put-card "Please place your ID card on the reader. This service needs your ID card."
zh green-channel "爱心通道，请选择办理事项，将优先为您叫号"
en green-channel "Priority lane. Please choose a service. You will be called first."
echo "wrote $(ls "$root"/*/*.wav | wc -l) clips to $root"
