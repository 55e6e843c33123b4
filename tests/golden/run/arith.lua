-- Arithmetic instructions: VN, NV, VV forms, % and ^ edge cases, coercion, unary minus.
local a, b = 7, -3
print(a + b, a - b, a * b, a / b, a % b, a ^ 2)
print(a + 1, a - 1, a * 2, a / 2, a % 4, 2 ^ a)
print(1 + a, 1 - a, 2 * a, 2 / a, 20 % a)
print(-a, -(-a), -b, - -b)
print(5 % 3, -5 % 3, 5 % -3, -5 % -3, 5.5 % 2, -5.5 % 2)
print(5 % 0, -5 % 0, 0 % 0, 5 % (1/0), -5 % (1/0), 5 % -(1/0))
print(1 / 0, -1 / 0, 0 / 0 ~= 0 / 0, -0.0, 0 * -1)
print(2 ^ 0.5, 2 ^ -1, (-8) ^ (1 / 3), 0 ^ 0, 1 ^ (0 / 0), (-1) ^ (1/0))
print(10 / 3, 1e300 * 1e10, -1e300 * 1e10, 2 ^ 53 + 1)
print("10" + 5, "3" * "4", "0x10" + 0, " 2 " * 3, "1e1" / 2, -"3", "2" ^ 3)
print(10 - "2.5", "7" % 3, 3 % "2")
print(1e15, 1e16, 123456789012, 0.1 + 0.2, 1 / 3, -1 / 3, 100, 1e100, 2 ^ 63)
print(3.141592653589793, -3.141592653589793, 1e-5, 1e-300, 5e-324, 2.5e-10)
local x = 0
for i = 1, 100 do x = x + i * 0.5 end
print(x)
local s = 0
for i = 10, 1, -1 do s = s * 2 + i end
print(s)
print(3 == 3.0, "3" == 3, 0 == -0)
local n = 2 ^ 31
print(n, n * 2, n + 0.5, -n)
