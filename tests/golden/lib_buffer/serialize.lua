-- string.buffer encode/decode: round trips, byte images of simple values, dictionaries,
-- errors for unserializable values and bad input.
local buffer = require("string.buffer")
local function hex(s) return (s:gsub(".", function(c) return string.format("%02x", c:byte()) end)) end
local function show(v, depth)
  depth = depth or 0
  if type(v) ~= "table" then
    return type(v) == "string" and string.format("%q", v) or tostring(v)
  end
  local keys = {}
  for k in pairs(v) do keys[#keys + 1] = k end
  table.sort(keys, function(a, b) return tostring(a) < tostring(b) end)
  local parts = {}
  for _, k in ipairs(keys) do parts[#parts + 1] = show(k) .. "=" .. show(v[k], depth + 1) end
  return "{" .. table.concat(parts, ",") .. "}"
end
local vals = { 0, -0.0, 1, -1, 0.5, 1e300, 2^53, 1/0, -1/0, "", "a", "hello",
  string.rep("x", 300), true, false, {}, { 1, 2, 3 }, { [0] = "z" }, { k = "v" },
  { 1, k = true }, { nested = { deeper = { 1 } } }, { [1.5] = "f", [true] = false } }
for _, v in ipairs(vals) do
  local s = buffer.encode(v)
  print(show(v), #s < 40 and hex(s) or #s, show(buffer.decode(s)))
end
print(hex(buffer.encode(nil)), buffer.decode(buffer.encode(nil)))
local nan = buffer.decode(buffer.encode(0/0)) print(nan ~= nan)
local b = buffer.new()
b:encode(1):encode("two"):encode({ 3 })
print(#b, b:decode(), b:decode(), show(b:decode()), #b)
print(pcall(b.decode, b))
for _, bad in ipairs({ print, coroutine.create(print), io.stdout }) do
  print(pcall(buffer.encode, bad))
end
print(pcall(buffer.encode, { f = print }))
local deep = {} for i = 1, 120 do deep = { deep } end
print(pcall(buffer.encode, deep))
for _, s in ipairs({ "", "\7\0", "\9\1\33k", "\32\32", "\19", "\15\0", "\14\0\8",
  "\9\2\33k\1\33k\2", "\9\1\0\1", "\255\0\0\0" }) do
  print(hex(s), pcall(buffer.decode, s))
end
print(pcall(buffer.decode), pcall(buffer.decode, 42), pcall(buffer.encode))
local mt = { __index = function() return "mt" end }
local opts = { dict = { "name", "value", "name" }, metatable = { mt } }
local bd = buffer.new(opts)
-- One hash key only: luajit's order of string keys changes from run to run.
local obj = setmetatable({ "first", name = "n" }, mt)
bd:encode(obj)
local enc = bd:tostring()
print(#enc, hex(enc))
local back = bd:decode()
print(getmetatable(back) == mt, back.name, back[1], back.missing)
print(opts.dict.name, opts.dict.value)
print(pcall(buffer.new, { dict = { 1 } }), pcall(buffer.new, { dict = { "a", {} } }))
print(pcall(buffer.new, { metatable = { "x" } }))
print(pcall(buffer.new, 10, { dict = {} }), pcall(buffer.new, {}, 5))
