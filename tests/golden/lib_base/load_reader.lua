-- load(reader): the lexer pulls pieces only as it needs them, so a syntax error stops
-- the reading; nil or "" ends the input; numbers are converted; BOMs split across pieces
-- are not recognised
local function mk(parts)
  local i = 0
  return function() i = i + 1 return parts[i] end, function() return i end
end
for _, parts in ipairs{
  {"return 1"}, {"return", " 1"}, {"ret", "urn 1", ""}, {"*a = 123"}, {"*", "a"},
  {"x = ", nil, "1"}, {"x = 1", nil, "+"}, {"--[[ ", "]] return 2"}, {"return 'ab", "c'"},
  {"\27LJ", "x"}, {"#!shebang\n", "return 3"}, {"\239\187", "\191return 4"},
  {"return 1", 2}, {"return ", 2.5}, {"return", {}}, {"f(", "", "x)"},
  {"return [[", "abc]] .. [[x", "y]]"}, {"return 0x1", "0 + 1e", "+2"},
} do
  local r, n = mk(parts)
  local f, e = load(r, "=src")
  print(f and pcall(f) or e, n())
end
-- pieces pulled lazily: count the calls up to a syntax error in a long input
local src = "local a = 1\nlocal b = a +* 2\n" .. string.rep("-- filler line\n", 1000)
local pos, calls = 0, 0
print(load(function() calls = calls + 1 pos = pos + 5 return src:sub(pos - 4, pos) end, "=long"))
print(calls)
-- a token spread over many pieces
local s = "return '" .. string.rep("x", 3000) .. "', " .. string.rep("7", 300) .. ", [==[" .. string.rep("y", 2000) .. "]==]"
pos = 0
local f = load(function() pos = pos + 1 return s:sub(pos, pos) end)
local a, b, c = f()
print(#a, b, #c)
-- reader errors end loading with the error value
print(load(function() error("boom") end))
print(load(function() error({}) end))
local n = 0
print(load(function() n = n + 1 if n == 1 then return "return " end error("late", 0) end), n)
-- mode checks see the first piece
print(load(function() n = n + 1 return n == 1 and "return 1" or nil end, "=m", "b"))
print(load(string.dump(function() return 5 end), "=d", "t"))
n = 0
local d = string.dump(function() return 5 end)
print(load(function() n = n + 1 return d:sub(n, n) ~= "" and d:sub(n, n) or nil end, "=d", "b")())
