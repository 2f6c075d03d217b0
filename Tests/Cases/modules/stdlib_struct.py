# struct over pyvm's _struct: sizes and alignment, integer and IEEE float packing, errors; base64/binascii on top.
import struct
print(struct.calcsize('i'), struct.calcsize('@bi'), struct.calcsize('<bi'), struct.calcsize('!hHiIqQ'), struct.calcsize('bq'), struct.calcsize('3s2x?'))
print(struct.pack('<i', -2), struct.pack('>H', 513), struct.pack('@bi', 1, 2), struct.pack('3s', b'abcdef'), struct.pack('5p', b'ab'))
print(struct.pack('<d', 1.5), struct.pack('>f', 3.14159), struct.pack('<e', 65504.0), struct.pack('<f', 1e-40), struct.pack('>d', -0.0))
print(struct.unpack('<d', struct.pack('<d', 0.1)), struct.unpack('>f', struct.pack('>f', 0.1)), struct.unpack('<e', b'\x00\x3c'))
print(struct.unpack('<f', struct.pack('<f', float('inf'))), struct.pack('<f', float('nan')), struct.unpack('<e', struct.pack('<e', 1e-7)))
print(struct.unpack('<hHiI', struct.pack('<hHiI', -1, 65535, -5, 7)), struct.unpack('?c3s', b'\x01x\x00ab'))
print(struct.pack('<Q', 2**64 - 1), struct.unpack('<q', b'\xff' * 8), list(struct.iter_unpack('<H', b'\x01\x00\x02\x00')))
s = struct.Struct('<2h'); print(s.size, s.format, s.pack(1, 2), s.unpack_from(b'\x00\x01\x00\x02\x00', 1))
buf = bytearray(8); struct.pack_into('<i', buf, 2, 7); print(buf)
for f in [lambda: struct.pack('i', 2**40), lambda: struct.pack('<B', 256), lambda: struct.pack('<B', -1), lambda: struct.pack('i', 'x'),
          lambda: struct.unpack('i', b'ab'), lambda: struct.pack('z'), lambda: struct.pack('ii', 1), lambda: struct.pack('<f', 1e300),
          lambda: struct.pack('c', b'ab'), lambda: struct.pack('d', 'x'), lambda: struct.pack('<n', 1), lambda: struct.pack('<q', 2**63)]:
    try: f()
    except (struct.error, OverflowError) as e: print(type(e).__name__, e)
print(struct.pack('<f', 16777217.0), struct.pack('<e', 2049.0), struct.pack('<e', 2051.0), struct.pack('<e', 6e-8))
import base64; print(base64.b64encode(b'hello world'), base64.b64decode(b'aGk='), base64.b32encode(b'ab'), base64.b85encode(b'xyz'))
