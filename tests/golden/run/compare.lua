-- Comparison instructions on numbers, strings, mixed types and NaN.
local nan = 0 / 0
local function cmp(a, b)
  return tostring(a < b) .. " " .. tostring(a <= b) .. " " .. tostring(a > b) .. " " ..
    tostring(a >= b) .. " " .. tostring(a == b) .. " " .. tostring(a ~= b)
end
print(cmp(1, 2), cmp(2, 1), cmp(1, 1))
print(cmp(nan, 1), cmp(1, nan), cmp(nan, nan))
print(cmp("a", "b"), cmp("b", "a"), cmp("a", "a"), cmp("", "a"), cmp("abc", "abd"))
print(cmp("Z", "a"), cmp("a\0b", "a"), cmp("\200", "\100"), cmp("10", "9"))
print(1 == "1", "1" == 1, nil == false, {} == {}, print == print)
local t = {}
print(t == t, t ~= t, nil == nil)
if 1 < 2 then print("lt") end
if not (2 < 1) then print("not lt") end
if 2 >= 2 then print("ge") end
local x = 5
if x == 5 then print("eqn") end
if x ~= 6 then print("nen") end
if "s" == "s" then print("eqs") end
local v = nil
if v == nil then print("eqp nil") end
if v ~= false then print("nep false") end
local w = true
if w == true then print("eqp true") end
print(-0 == 0, 1 / 0 == (1/0), -1 / 0 < -1e308)
local a, b = 3, 4
print(a < b and "yes" or "no", a > b and "yes" or "no")
print(nil or "default", false or nil, 0 or 1, "" or 2, nil and 1, 1 and nil)
print(not nil, not 0, not not "x")
