-- Table constructors, indexing forms, length with holes, traversal order of arrays.
local t = {1, 2, 3, nil, 5}
print(#t, t[1], t[5], t[6])
t = {10, 20, 30, x = 1, y = 2, [4] = 40, [0] = 0, [-1] = -1}
print(#t, t[0], t[-1], t[4], t.x, t["y"])
print(#{}, #{nil}, #{nil, nil, 3}, #{1, nil}, #{1, 2, nil}, #{n = 1})
local a = {}
for i = 1, 10 do a[i] = i end
print(#a)
a[5] = nil
print(#a)
a[10] = nil
print(#a)
a[9] = nil; a[8] = nil
print(#a)
local b = {}
b[1] = 1; b[2] = 2; b[4] = 4
print(#b)
local c = {}
c[3] = 3
print(#c)
c[1] = 1
print(#c)
c[2] = 2
print(#c)
local ord = {}
for i = 1, 8 do ord[i] = i * i end
local s = ""
for k, v in pairs(ord) do s = s .. k .. ":" .. v .. " " end
print(s)
s = ""
for i, v in ipairs({1, 2, 3, nil, 5}) do s = s .. i .. "=" .. v .. " " end
print(s)
local m = {}
m[1.5] = "f"; m[-0] = "z"; m[true] = "t"; m["1"] = "s"
print(m[1.5], m[0], m[-0], m[true], m["1"], m[1])
local k = {}
m[k] = "table key"
print(m[k], m[{}])
local f = function() end
m[f] = "fn"
print(m[f])
-- Integer-valued float keys are the same keys as integers.
local n = {}
n[1] = "one"; n[2.0] = "two"; n[2 ^ 53] = "big"
print(n[1.0], n[2], n[2 ^ 53])
-- Constructor with multiple results at the end (TSETM).
local function three() return 1, 2, 3 end
local tm = {three()}
print(#tm, tm[3])
tm = {three(), three()}
print(#tm, tm[1], tm[2], tm[4])
tm = {0, three()}
print(#tm, tm[4])
tm = {(three())}
print(#tm)
local big = {}
for i = 1, 300 do big[#big + 1] = i end
print(#big, big[300])
local bigc = {three(), 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, three()}
print(#bigc)
-- Nested and mixed constructors.
local nested = {a = {b = {c = "deep"}}, [1] = {2, {3}}}
print(nested.a.b.c, nested[1][2][1])
local key = "dyn"
local dyn = {[key] = 1, [key .. "2"] = 2, ["x" .. 1] = 3}
print(dyn.dyn, dyn.dyn2, dyn.x1)
-- Assignment evaluation order and multiple assignment.
local i = 1
local arr = {}
i, arr[i] = i + 1, 20
print(i, arr[1], arr[2])
local p, q, r = 1, 2
print(p, q, r)
p, q = q, p
print(p, q)
-- next on tables directly.
print(next({}))
print(next({5}))
local nk, nv = next({x = 1})
print(nk, nv)
print(rawget({10}, 1), rawlen)
