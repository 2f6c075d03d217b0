# ipaddress: addresses, networks, interfaces, v4 and v6.
import ipaddress

a = ipaddress.ip_address('192.168.1.10')
print(a, repr(a), a.version, a.is_private, int(a), a + 1, a.reverse_pointer)
n = ipaddress.ip_network('10.0.0.0/30')
print(n, n.num_addresses, list(n.hosts()), n.netmask, n.broadcast_address, a in n)
print(list(ipaddress.ip_network('10.0.0.0/29').subnets(prefixlen_diff=1)))
i = ipaddress.ip_interface('172.16.5.4/16')
print(i.network, i.ip, i.with_prefixlen)
v6 = ipaddress.ip_address('2001:db8::1')
print(v6, v6.exploded, v6.version, v6.compressed, ipaddress.ip_address('::ffff:1.2.3.4').ipv4_mapped)
try:
    ipaddress.ip_address('300.1.1.1')
except ValueError as e:
    print('ValueError', e)
print(ipaddress.ip_address('1.2.3.4') < ipaddress.ip_address('1.2.3.5'), list(ipaddress.summarize_address_range(
    ipaddress.IPv4Address('10.0.0.0'), ipaddress.IPv4Address('10.0.0.5'))))
