-- Library functions called with combinations of argument types: results and errors.
local pool = { "nil", "true", "0", "1.5", "-3", "'abc'", "'12'", "'%d'", "{}", "print", "2^40", "'0x10'" }
local funcs = {
  "string.byte", "string.char", "string.sub", "string.rep", "string.reverse", "string.lower",
  "string.upper", "string.len", "string.find", "string.match", "string.gsub", "string.format",
  "table.insert", "table.concat", "table.maxn", "table.remove", "table.getn", "table.foreachi",
  "table.sort", "table.move",
  "math.abs", "math.floor", "math.ceil", "math.sqrt", "math.fmod", "math.modf", "math.frexp",
  "math.ldexp", "math.log", "math.min", "math.max", "math.pow", "math.deg", "math.exp",
  "bit.tobit", "bit.band", "bit.bor", "bit.lshift", "bit.tohex", "bit.bnot", "bit.rol",
  "os.difftime", "os.getenv", "io.type", "debug.getinfo", "debug.getlocal",
  "debug.getupvalue", "debug.getmetatable", "debug.traceback", "debug.getfenv",
  "string.dump", "coroutine.status", "jit.security",
}
local function show(v)
  local t = type(v)
  if t == "string" then return string.format("%q", v) end
  if t == "table" or t == "function" or t == "userdata" or t == "thread" then return t end
  return tostring(v)
end
local count = 0
for _, name in ipairs(funcs) do
  local f = loadstring("return " .. name)()
  for n = 0, 2 do
    local combos = n == 0 and { {} } or {}
    if n == 1 then for _, a in ipairs(pool) do combos[#combos + 1] = { a } end end
    if n == 2 then
      for i = 1, #pool, 2 do for j = 2, #pool, 3 do combos[#combos + 1] = { pool[i], pool[j] } end end
    end
    for _, c in ipairs(combos) do
      local args = loadstring("return " .. (#c > 0 and table.concat(c, ", ") or "nil"))
      local call = loadstring("local f = ... return f(" .. table.concat(c, ", ") .. ")")
      local r = { pcall(call, f) }
      local out = {}
      for i = 1, math.min(#r, 6) do out[i] = show(r[i]) end
      -- Messages name the function through the call in `call`: keep them.
      print(name .. "(" .. table.concat(c, ", ") .. ")", table.concat(out, " "))
      count = count + 1
    end
  end
end
print("calls", count)
