"""Prints a PNG's width, height, share of non-background pixels and distinct colours (stdlib only),
then, for each #rrggbb given after the file, how many pixels have exactly that colour.

Used by BrowserTests to tell a real screenshot from a blank one, and to see the chart's bars and
today's rule on a phone's screen."""
import struct
import sys
import zlib


def main(path, wanted):
    data = open(path, "rb").read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        sys.exit("not a PNG")
    pos, idat, header = 8, b"", None
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    width, height, depth, colour, _, _, interlace = header
    channels = {2: 3, 6: 4, 0: 1, 4: 2}[colour]
    if depth != 8 or interlace:
        sys.exit("unsupported PNG layout")
    raw = zlib.decompress(idat)
    stride = width * channels
    previous = bytearray(stride)
    rows = []
    at = 0
    for _ in range(height):
        kind = raw[at]
        line = bytearray(raw[at + 1:at + 1 + stride])
        at += 1 + stride
        for i in range(stride):
            left = line[i - channels] if i >= channels else 0
            up = previous[i]
            corner = previous[i - channels] if i >= channels else 0
            if kind == 1:
                line[i] = (line[i] + left) & 255
            elif kind == 2:
                line[i] = (line[i] + up) & 255
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 255
            elif kind == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                pred = left if pa <= pb and pa <= pc else (up if pb <= pc else corner)
                line[i] = (line[i] + pred) & 255
        rows.append(bytes(line))
        previous = line
    background = rows[0][:3]
    targets = [bytes.fromhex(h.lstrip("#")) for h in wanted]
    counts = [0] * len(targets)
    ink, colours = 0, set()
    for line in rows:
        for i in range(0, stride, channels):
            pixel = bytes(line[i:i + 3])
            colours.add(pixel)
            if pixel != background:
                ink += 1
            for k, target in enumerate(targets):
                if pixel == target:
                    counts[k] += 1
    print(width, height, "%.4f" % (ink / (width * height)), len(colours), *counts)


main(sys.argv[1], sys.argv[2:])
