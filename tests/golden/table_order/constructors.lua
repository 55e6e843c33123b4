-- Table constructors with [k]=v entries: template layouts copied node for node
local function keys(t)
  local o = {}
  for k, v in pairs(t) do o[#o + 1] = tostring(k) .. "=" .. tostring(v) end
  return table.concat(o, " ")
end
local function f(x) return x end

print(keys({ [1.5] = 1, [2.5] = 2, [3.5] = 3, [-1] = 4, [100] = 5 }))
print(keys({ 10, 20, 30, [5] = 5, [7] = 7, [-3] = -3, [0] = 0 }))
print(keys({ [true] = 1, [false] = 0, [0.5] = 2 }))
print(keys({ [13] = 0, [26] = f(1), [13] = 2, [34] = 3, [12 * 1.1] = 4, [30] = 5, [39] = 6 }))
print(keys({ [26] = f(1), [34] = 3 }))
print(keys({ [f(2.5)] = 1, [3.5] = f(2), [4.5] = 3, [5.5] = f(4) }))
print(keys({ [1] = 1, [2] = 2, [4] = 4, [8] = 8, [16] = 16, [32] = 32 }))
print(keys({ f(1), f(2), [10] = 10, [11] = f(11), [12] = 12 }))

-- Every copy of one template starts from the template's layout.
for i = 1, 3 do
  local t = { [0.5] = i, [1.5] = f(i), [2.5] = i, [-8] = i }
  t[i * 3.25] = i
  print("copy " .. i, keys(t))
end

-- Large constructors that rehash while the parser fills the template.
local big = {
  [1.25] = 1, [2.25] = 2, [3.25] = 3, [4.25] = 4, [5.25] = 5, [6.25] = 6, [7.25] = 7,
  [8.25] = 8, [9.25] = 9, [10.25] = 10, [11.25] = 11, [12.25] = 12, [13.25] = 13,
  [14.25] = 14, [15.25] = 15, [16.25] = 16, [17.25] = 17, 1, 2, 3, [4] = 4, [6] = 6,
  [100] = 100, [200] = 200, [300] = f(300), [-1] = -1, [-2] = -2, [true] = true,
}
print("big", #big, keys(big))
big[400] = 400 big[0.125] = 0.125
print("big2", #big, keys(big))
