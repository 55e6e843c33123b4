-- string.find/match/gmatch over a grid of subjects and patterns.
local function q(...)
  local t = { n = select("#", ...), ... }
  for i = 1, t.n do
    local v = t[i]
    t[i] = type(v) == "string" and string.format("%q", v) or tostring(v)
  end
  return table.concat(t, ", ", 1, t.n)
end
local subjects = { "", "hello world", "  padded  ", "aaa", "abcabc", "x = 10, y = 20",
  "THE (quick) [brown] {fox}", "f(a(b)c)d", "key=value; k2=v2", "123abc456", "a\0b\0c",
  "tab\tnew\nline", "the theme then", "2024-06-11", "-12.5e3", "a,b,,c" }
local patterns = { "a", ".", "a*", "a+", "a-", "a?", "^a", "a$", "%a+", "%d+", "%s+",
  "%w+", "%p", "%u+", "%x+", "%z", "[abc]+", "[^abc]+", "[%a_][%w_]*", "[%]]", "(%a+)=(%a+)",
  "()a()", "(a*)", "%b()", "%b[]", "%f[%a]%a+", "%f[%A]", "(.)%1", "^(%s*)(.-)(%s*)$",
  "(.-)%s", ".-b", "[+-]?%d+%.?%d*[eE]?[+-]?%d*", "", "^", "$" }
local n = 0
for _, p in ipairs(patterns) do
  for _, s in ipairs(subjects) do
    print(q(p), q(s), "find:", q(pcall(string.find, s, p)))
    print(q(p), q(s), "match:", q(pcall(string.match, s, p)))
    n = n + 2
  end
end
for _, p in ipairs(patterns) do
  for _, s in ipairs({ "hello world", "a1b2c3", "f(a(b)c)d", "" }) do
    local out, k = {}, 0
    local ok, err = pcall(function()
      for a, b in s:gmatch(p) do
        k = k + 1
        out[#out + 1] = q(a, b)
        if k > 30 then break end
      end
    end)
    print(q(p), q(s), "gmatch:", ok and table.concat(out, " | ") or err)
    n = n + 1
  end
end
-- init and plain arguments
for _, init in ipairs({ 1, 2, 0, -1, -3, -100, 5, 100 }) do
  print(init, q(("hello"):find("l", init)), q(("hello"):find("", init)),
    q(("a.b.c"):find(".", init, true)), q(("hello"):match("(.)", init)))
  n = n + 1
end
print(q(("a+b"):find("+", 1, true)), q(("a+b"):find("a+b")), q(("a\0b"):find("\0")))
print(q(("abc"):find("b", 1, false)), q(("abc"):find("b", 1, 0)), q(("abc"):find("b", nil)))
print(q(string.find("abc", "b", "2")), q(pcall(string.find, "abc", "b", "x")))
print(q(pcall(string.find)), q(pcall(string.find, "a")), q(string.find(123, 2)))
print("cases", n)
