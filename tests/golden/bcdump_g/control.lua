-- Control flow: loops of every kind, break, goto, conditions, varargs, multiple results.
local function f(...)
  local s = 0
  for i = 1, select("#", ...) do s = s + (select(i, ...)) end
  for i = 10, 1, -2 do s = s - i end
  for k, v in pairs({a = 1, b = 2}) do s = s + v end
  for i, v in ipairs({1, 2, 3}) do s = s + i * v end
  local it = next
  for k in it, {x = 1} do s = s + 1 end
  while s > 100 do s = s - 100 end
  repeat s = s + 1 until s % 7 == 0
  do
    local j = 0
    ::top::
    j = j + 1
    if j < 3 then goto top end
  end
  for i = 1, 3 do
    if i == 2 then goto continue end
    s = s + i
    ::continue::
  end
  if s > 10 and s < 1000 or s == 5 then s = -s elseif not s then s = 0 else s = s * 2 end
  return s, ...
end
local t = {f(1, 2, 3)}
print(f(4, 5))
return {...}, t, #t, -t[1], not t[2]
