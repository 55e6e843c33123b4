-- The bit library: 32-bit operations and LuaJIT's number normalisation.
local vals = { 0, 1, -1, 2^31, 2^31 - 1, -2^31, 2^32, 2^32 + 5, -2^32 - 1, 0x12345678,
  0x87654321, 1.5, 2.5, -1.5, 2^52 + 0.5, 2^53, 2^63, 1e20, 1/0, 0/0, "0x10", " 12 " }
for _, v in ipairs(vals) do
  print(tostring(v), bit.tobit(v), bit.bnot(v), bit.bswap(v), bit.tohex(v), bit.tohex(v, 2),
    bit.tohex(v, -4))
end
for _, n in ipairs({ 0, 1, 4, 31, 32, 33, -1, -32, 2.5, 1e10 }) do
  print(n, bit.lshift(1, n), bit.rshift(0x80000000, n), bit.arshift(0x80000000, n),
    bit.rol(0x12345678, n), bit.ror(0x12345678, n), bit.lshift(0x81234567, n))
end
print(bit.band(0xff00ff00, 0x0ff00ff0), bit.bor(1, 2, 4, 8), bit.bxor(1, 3, 7, 15))
print(bit.band(-1), bit.bor(0), bit.bxor(5), bit.band(0x7fffffff, -1, 0xfff))
for _, n in ipairs({ 0, 1, 7, 8, 9, 16, 17, -1, -8, -16, 255, 256, -2^31 }) do
  print(n, bit.tohex(0x1234abcd, n), bit.tohex(-1, n))
end
print(pcall(bit.band), pcall(bit.bor, 1, "x"), pcall(bit.tobit, {}), pcall(bit.lshift, 1))
print(pcall(bit.tohex, nil), pcall(bit.rol, "a", 1), pcall(bit.bnot))
print(bit.tobit(1e15 + 0.5), bit.tobit(-1e15 - 0.5), bit.tobit(4294967295.5))
print(bit.band(2^53 + 1, -1), bit.bor(-0.0, 0), bit.tohex(bit.bnot(0)))
