-- Template tables (TDUP): array parts, string keys, numeric and boolean keys, nesting.
local empty = {}
local arr = {1, 2, 3, "four", 5.5, true, false}
local holes = {1, nil, 3, nil, nil, 6}
local zero = {[0] = "zero", 1, 2}
local neg = {[-1] = "minus one", [-2.5] = "x", [2^40] = "big"}
local bools = {[true] = 1, [false] = 0}
local nums = {[1.5] = 1, [2.5] = 2, [3.5] = 3, [4.5] = 4, [5.5] = 5, [6.5] = 6, [7.5] = 7}
local ints = {[10] = 1, [20] = 2, [30] = 3, [40] = 4, [50] = 5}
local grow = {1, 2, 3, [5] = 5, [7] = 7, [100] = 100}
local mixed = {1, 2, [10] = 10, [20.5] = 20, [true] = "t"}
local big = {1e300, -1e300, 1/0 > 0, 2^53, -2^31, 2^31, 4294967296, -0.5}
local nilval = {[3] = nil, 1}
local dyn = {[1.5] = 1, [2.5] = math.pi, [3.5] = 3}
local pos = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20}
return empty, arr, holes, zero, neg, bools, nums, ints, grow, mixed, big, nilval, dyn, pos
