-- FFI cdata constants: 64-bit integers and imaginary numbers.
local a = 1LL
local b = 0xffffffffffffffffULL
local c = -0x8000000000000000LL
local d = 12345678901234ULL
local e = 2i
local f = 1.5e10i
local g = 0x7fffffffffffffffLL
local function inner() return 42ULL, 3i end
return a, b, c, d, e, f, g, inner
