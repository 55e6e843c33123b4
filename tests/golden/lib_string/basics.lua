-- string.byte/char/sub/rep/reverse/lower/upper/len and the string metatable.
-- Interpreter semantics: luajit's compiled traces get some string.sub/byte ranges wrong.
jit.off()
local function q(...)
  local t = { n = select("#", ...), ... }
  for i = 1, t.n do
    local v = t[i]
    t[i] = type(v) == "string" and string.format("%q", v) or tostring(v)
  end
  return "(" .. table.concat(t, ", ", 1, t.n) .. ")"
end
local s = "hello"
for _, a in ipairs({ 1, 2, 0, -1, -2, -5, -6, 5, 6, 100, -100 }) do
  for _, b in ipairs({ 1, 3, 0, -1, -3, 5, 6, 100, -100 }) do
    io.write(a, ",", b, " sub=", q(s:sub(a, b)), " byte=", q(s:byte(a, b)), "\n")
  end
  io.write(a, " sub=", q(s:sub(a)), " byte=", q(s:byte(a)), "\n")
end
print(q(s:byte()), q(("").byte("")), q(pcall(s.sub, s)), q(pcall(s.sub)))
print(q(string.char()), q(string.char(72, 105)), q(string.char(0, 255)), q(string.char("65", 66.0)))
print(q(pcall(string.char, 256)), q(pcall(string.char, -1)), q(pcall(string.char, "x")))
print(q(pcall(string.char, 65.5)), q(pcall(string.char, 1, nil)))
for _, n in ipairs({ -1, 0, 1, 2, 3, 2.9 }) do
  print(n, q(("ab"):rep(n)), q(("ab"):rep(n, ",")), q(("ab"):rep(n, "")), q((""):rep(n, "x")))
end
print(q(pcall(string.rep)), q(pcall(string.rep, "x")), q(pcall(string.rep, "x", "y")))
print(q(string.rep("x", 3, 5)), q(pcall(string.rep, "x", 2, {})))
print(q(s:reverse()), q((""):reverse()), q(("a\0b"):reverse()), q(string.reverse(123)))
print(q(("MiXeD 123 \xc4\xe4"):lower()), q(("MiXeD 123 \xc4\xe4"):upper()))
print(q(string.lower(12)), q(pcall(string.upper)), q(pcall(string.lower, {})))
print(q(s:len()), q((""):len()), q(("a\0b"):len()), q(string.len(1234)), q(pcall(string.len)))
print(#"abc", #"", ("x"):upper(), ("%d"):format(3))
print(q(pcall(function() return ("x"):nosuch() end)))
print(getmetatable("").__index == string, type(getmetatable("")))
print(q(("abc"):byte(-1)), q(("abc"):byte(10)), q(("abc"):byte(2, 1)))
print(q(pcall(string.byte, "abc", "x")), q(string.byte("abc", "2")), q(string.byte(123, 1)))
print(q(pcall(function() return string.sub() end)))
print(q(pcall(function() return string.byte() end)))
print(q(pcall(function() return ("x"):rep(1e10) end)))
print(q(string.sub("hello", 2.7, 4.2)), q(string.sub("hello", "2", "3")))
print(q(string.sub("hello", 2^31, -2^31)), q(string.sub("hello", -2^31, 2^31)))
print(q(string.byte("hello", 0/0)), q(string.sub("hello", 0/0)))
