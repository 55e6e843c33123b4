-- string.format: %s, %q and %c, literal text, argument conversion and errors.
local function show(...)
  local ok, s = pcall(string.format, ...)
  if ok then print(string.format("%q", s)) else print("error: " .. s) end
end
local strs = { "", "a", "hello world", "a\0b", "tab\there", 'q"uo\'te', "back\\slash",
  "new\nline", "\r\n", "\1\2\127\128\255", "\0012", "\n1", "9\0009", "\0310", "\1279",
  string.rep("x", 120) }
for _, s in ipairs(strs) do
  for _, f in ipairs({ "%s", "%q", "%5s", "%-5s|", "%.2s", "%5.2s", "%-10.3s|", "%.0s",
    "%20s", "%.99s" }) do
    show(f, s)
  end
end
for _, c in ipairs({ 0, 65, 97, 255, 256, 321, -1, 65.7, 10 }) do
  show("%c|%5c|%-5c|", c, c, c)
end
for _, v in ipairs({ 1, -0.0, 1/3, 1e100, 0/0, 1/0, 2^53, true, false }) do
  show("%q %s", v, v)
end
show("%s %s %s", nil, true, false)
show("%d", "42")
show("%d", " 0x10 ")
show("%x", "1e2")
show("%5.1f|%-8.3s|%c", "3.14159", "abcdef", "66")
show("%%")
show("100%% sure")
show("%d%%", 50)
show("x\0y%dz", 5)
show("no conversions")
show("%s%s%s", "a", "b", "c")
show("%d %d", 1, 2, 3)
show("%s", setmetatable({}, { __tostring = function() return "custom" end }))
show("%s", setmetatable({}, { __tostring = function() return 42 end }))
show("%5s|", setmetatable({}, { __tostring = function() return "ab" end }))
show("%q", setmetatable({}, { __tostring = function() return "q\n" end }))
-- Errors.
show("%d")
show("%d %d", 1)
show("%s")
show("%d", "x")
show("%d", {})
show("%f", nil)
show("%c", "x")
show("%y", 1)
show("%10.3y", 1)
show("%100d", 1)
show("%1.100f", 1)
show("%", 1)
show("abc%")
show("%-")
show("%.")
show("%l", 1)
show("%ld", 1)
show("%*d", 5, 1)
show("%$", 1)
show("%\n", 1)
show()
show(12)
show({})
print(pcall(function() return string.format("%d", "bad") end))
print(pcall(function() return ("%5.2f"):format(1/3) end))
print(("%s=%d"):format("x", 7))
