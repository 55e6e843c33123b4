-- math.random/randomseed: the unseeded sequence and the sequences of several seeds.
local function seq(label)
  local r = {}
  for i = 1, 5 do r[#r + 1] = string.format("%.17g", math.random()) end
  for i = 1, 5 do r[#r + 1] = math.random(10) end
  for i = 1, 5 do r[#r + 1] = math.random(-5, 5) end
  r[#r + 1] = math.random(1e9)
  r[#r + 1] = math.random(0)
  r[#r + 1] = math.random(3.5)
  r[#r + 1] = math.random(2^40, 2^41)
  r[#r + 1] = math.random(5, 1)
  print(label, table.concat(r, " "))
end
seq("start")
for _, s in ipairs({ 0, 1, 42, -1, 0.5, 123456789, 2^40, 1e300, -0.0, 0/0, 1/0, "17" }) do
  math.randomseed(s)
  seq(tostring(s))
end
math.randomseed(7)
local a = { math.random(), math.random() }
math.randomseed(7)
print(a[1] == math.random(), a[2] == math.random())
print(pcall(math.randomseed), pcall(math.randomseed, "x"))
print(pcall(math.random, 1, 2, 3), pcall(math.random, "x"))
local counts = {}
math.randomseed(99)
for i = 1, 6000 do local v = math.random(6) counts[v] = (counts[v] or 0) + 1 end
print(table.concat(counts, " "))
