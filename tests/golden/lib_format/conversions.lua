-- string.format: every conversion with flags, widths and precisions on chosen values.
local values = {
  0, -0.0, 1, -1, 0.5, 1.5, 2.5, -2.5, 1/3, 2/3, 0.1, 0.05, 99.5, 123.456, -123.456,
  1e15, 1e16, 1e17, 1e21, 1e100, 1e300, -1e300, 2^53, 2^63, -2^63, 2^64, 255, 3.7, -3.7,
  5e-324, 2.2250738585072014e-308, 1e-5, 1e-4, 123456789, 2^31, -2^31, 4.35, 0.045,
  1/0, -1/0, 0/0,
}
local formats = {
  "%d", "%5d", "%-5d|", "%05d", "%+d", "% d", "%.3d", "%8.3d", "%i", "%u", "%x", "%X",
  "%#x", "%#X", "%#o", "%o", "%08x", "%-8x|", "%.0d", "%e", "%E", "%.0e", "%#.0e", "%.3e",
  "%12.4e", "%-12.2e|", "%+e", "%f", "%F", "%.0f", "%#.0f", "%.1f", "%.2f", "%.10f",
  "%10.3f", "%-10.1f|", "%+.2f", "% .2f", "%010.2f", "%g", "%G", "%.0g", "%.1g", "%.3g",
  "%.10g", "%.14g", "%.17g", "%#g", "%#.3g", "%10g", "%-10g|", "%+g", "%010g", "%a", "%A",
  "%.0a", "%.1a", "%.3a", "%20a", "%-20a|", "%020a", "%+a",
}
local n = 0
for _, f in ipairs(formats) do
  local parts = {}
  for _, v in ipairs(values) do
    local ok, s = pcall(string.format, f, v)
    parts[#parts + 1] = ok and s or ("<" .. s .. ">")
    n = n + 1
  end
  print(f .. ": " .. table.concat(parts, " "))
end
print("cases", n)
