"""Writes public/favicon.ico: the shapes of public/favicon.svg at 32x32, as one 32-bit BMP image in an ICO file."""
import struct
import sys

SIZE = 32
BLUE, WHITE, RED, GREEN = (0x05, 0x50, 0xAE), (0xFF, 0xFF, 0xFF), (0xFF, 0x94, 0x92), (0x6F, 0xDD, 0x8B)
# (x, y, width, height, colour) as in favicon.svg, drawn in order.
RECTS = [(0, 0, 32, 32, BLUE), (6, 7, 20, 4, WHITE), (6, 14, 14, 4, RED), (6, 21, 17, 4, GREEN)]
RADIUS = 6


def pixel(x: int, y: int):
    """RGBA of one pixel; corners outside the rounded square are transparent."""
    cx = min(max(x + 0.5, RADIUS), SIZE - RADIUS)
    cy = min(max(y + 0.5, RADIUS), SIZE - RADIUS)
    if (x + 0.5 - cx) ** 2 + (y + 0.5 - cy) ** 2 > RADIUS ** 2:
        return (0, 0, 0, 0)
    colour = BLUE
    for rx, ry, w, h, c in RECTS:
        if rx <= x < rx + w and ry <= y < ry + h:
            colour = c
    return (*colour, 255)


def ico() -> bytes:
    rows = []
    for y in reversed(range(SIZE)):  # BMP rows run bottom-up
        rows.append(b"".join(struct.pack("BBBB", b, g, r, a) for r, g, b, a in (pixel(x, y) for x in range(SIZE))))
    pixels = b"".join(rows)
    mask = bytes(SIZE * SIZE // 8)  # alpha channel decides; the AND mask stays all-opaque
    header = struct.pack("<IiiHHIIiiII", 40, SIZE, SIZE * 2, 1, 32, 0, len(pixels) + len(mask), 0, 0, 0, 0)
    image = header + pixels + mask
    return struct.pack("<HHH", 0, 1, 1) + struct.pack("<BBBBHHII", SIZE, SIZE, 0, 0, 1, 32, len(image), 22) + image


if __name__ == "__main__":
    with open(sys.argv[1] if len(sys.argv) > 1 else "public/favicon.ico", "wb") as out:
        out.write(ico())
