-- Loops: numeric for with integer, float, negative and zero-crossing steps, string
-- operands, while, repeat with locals in the condition, break, goto, nested loops.
local function collect(a, b, c)
  local s = ""
  if c then for i = a, b, c do s = s .. i .. " " end
  else for i = a, b do s = s .. i .. " " end end
  return s
end
print(collect(1, 5))
print(collect(5, 1))
print(collect(5, 1, -1))
print(collect(1, 2, 0.5))
print(collect(0.1, 0.5, 0.1))
print(collect(1, 0))
print(collect(-3, 3, 2))
print(collect(10, 1, -3))
print(collect(1, 1))
print(collect("1", "3"))
print(collect(1, 3, "1"))
print(collect(2 ^ 52 - 2, 2 ^ 52))
print(collect(1, 1 / 0 > 0 and 3 or 0))
local n = 0
for i = 1, 10 do
  n = n + i
  if i == 6 then break end
end
print(n)
local i = 10
for i = 1, 3 do end
print(i)
for i = 1, 3 do
  local j = i * 2
  i = j
end
local w = 0
while w < 5 do w = w + 1 end
print(w)
local r = 0
repeat local x = r; r = r + 1 until x >= 3
print(r)
local out = ""
for a = 1, 3 do
  for b = 1, 3 do
    if b == 2 then goto continue end
    out = out .. a .. b .. " "
    ::continue::
  end
end
print(out)
local k = 0
while true do
  k = k + 1
  if k > 100 then break end
end
print(k)
-- Generic for with custom iterators, closures and state.
local function range(n)
  local i = 0
  return function() i = i + 1; if i <= n then return i end end
end
local s = 0
for v in range(5) do s = s + v end
print(s)
local function iter(t, i) i = i + 1; if t[i] then return i, t[i] end end
for i, v in iter, {"a", "b", "c"}, 0 do io.write(i, v, " ") end
print()
for k, v in next, {10, 20} do io.write(k, "=", v, " ") end
print()
-- pairs over array and hash parts, and modification of values while iterating.
local t = {1, 2, 3, a = 4}
for k, v in pairs(t) do t[k] = v * 10 end
print(t[1], t[2], t[3], t.a)
for k in pairs(t) do t[k] = nil end
print(next(t))
local cnt = 0
for _ in pairs({}) do cnt = cnt + 1 end
print(cnt)
local c2 = 0
for _, v in ipairs({1, 2, nil, 4}) do c2 = c2 + v end
print(c2)
-- Loop variable is a fresh copy per iteration.
local fns = {}
for i = 1, 3 do fns[i] = function() return i end end
print(fns[1]() + fns[2]() + fns[3]())
-- Errors in for loops.
print(pcall(function() for i = "x", 2 do end end))
print(pcall(function() for i = 1, {} do end end))
print(pcall(function() for i = 1, 2, nil do end end))
print(pcall(function() for k, v in 42 do end end))
print(pcall(function() for k, v in pairs(nil) do end end))
