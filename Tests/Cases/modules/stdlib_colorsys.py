# The stdlib colorsys module: conversions between colour systems (exact floats).
import colorsys
print(colorsys.rgb_to_hsv(0.2, 0.4, 0.4), colorsys.hsv_to_rgb(0.5, 0.5, 0.4))
print(colorsys.rgb_to_hls(1.0, 0.5, 0.0), colorsys.hls_to_rgb(0.0833, 0.5, 1.0))
print(colorsys.rgb_to_yiq(0.1, 0.2, 0.3), colorsys.yiq_to_rgb(0.5, 0.1, -0.1))
print(colorsys.rgb_to_hsv(0, 0, 0), colorsys.hsv_to_rgb(0, 0, 1))
