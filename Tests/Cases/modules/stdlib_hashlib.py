# hashlib over pyvm's Python-written _md5, _sha1, _sha256, _sha512, _sha3 and _blake2
# (no OpenSSL): digests, copies, streaming updates, parameters, hmac.
import hashlib, hmac
for name in ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha3_256', 'blake2b', 'blake2s']:
    for data in [b'', b'abc', b'a' * 55, b'a' * 56, b'a' * 64, b'x' * 300]:
        h = hashlib.new(name, data)
        c = h.copy(); c.update(b'more')
        print(name, len(data), h.hexdigest(), c.hexdigest()[:16], h.digest_size, h.block_size, h.name)
print(hashlib.md5(b'hello').hexdigest(), hashlib.sha256(b'hello').digest()[:4], sorted(hashlib.algorithms_guaranteed)[:4])
print(hashlib.shake_128(b'abc').hexdigest(20), hashlib.sha3_512(b'q').hexdigest()[:20])
print(hashlib.blake2b(b'k', digest_size=20, key=b'secret', salt=b'salty', person=b'me').hexdigest())
s = hashlib.sha1()
for chunk in [b'ab', b'c' * 100, b'', b'd' * 63]: s.update(chunk)
print(s.hexdigest(), hashlib.sha1(b'ab' + b'c' * 100 + b'd' * 63).hexdigest() == s.hexdigest())
print(hmac.new(b'key', b'msg', 'sha256').hexdigest(), hmac.compare_digest(b'a', b'a'), hmac.digest(b'k', b'm', 'md5').hex())
for bad in [lambda: hashlib.sha256('text'), lambda: hashlib.new('nope'), lambda: hashlib.blake2b(digest_size=65)]:
    try: bad()
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
