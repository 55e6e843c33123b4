-- string.format: integer conversions of non-integral and out-of-range numbers, the
-- shortest %a forms and %g's choice between styles at every exponent.
local nums = { 3.99, -3.99, 0.5, -0.5, 1e10, -1e10, 2^31 - 0.5, 2^32 + 0.5, 2^53 + 2,
  2^62, 2^63, 2^63 + 2^11, 2^64, 2^65, -2^63, -2^63 - 2^11, -2^64, 1e300, 0/0, 1/0, -1/0 }
for _, v in ipairs(nums) do
  print(string.format("%.17g: %d %i %u %x %X %o %5.2d %#x", v, v, v, v, v, v, v, v, v))
end
for e = -8, 20 do
  local v = 1.234567 * 10^e
  print(e, string.format("%g %.3g %.10g %#g %e %.0f", v, v, v, v, v, v))
end
for _, v in ipairs({ 1, 2, 0.5, 0.1, 1/3, 255.5, 1e-300, 5e-324, 1.7976931348623157e308,
  -2.5, 2^-1074, 2^-1022, 3 * 2^-1030 }) do
  print(string.format("%a %A %.0a %.2a %.13a %.20a", v, v, v, v, v, v))
end
for p = 0, 20 do
  print(p, string.format("%." .. p .. "f %." .. p .. "e %." .. p .. "g", 2/3, 2/3, 2/3))
end
print(string.format("%.99f", 1/3))
print(string.format("%.99e", 5e-324))
print(string.format("%.50g", 0.1))
print(string.format("%99.2f|", 1))
print(string.format("%-99.2f|", 1))
for _, v in ipairs({ 0.5, 1.5, 2.5, 3.5, 0.125, 0.375, 1.0005, 2.675, 1.45, 1e23 }) do
  print(string.format("%.0f %.1f %.2f %.2e %.3g", v, v, v, v, v))
end
