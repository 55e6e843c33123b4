-- Local variables of every kind for the debug info: parameters, block locals, loop
-- variables and their hidden state, locals captured as upvalues, shadowing.
local function g(a, b, ...)
  local c = a
  do
    local c = b
    local d = nil
  end
  for i = 1, 2 do local e = i end
  for k, v in next, {} do local w = v end
  local shadow = 1
  local shadow = shadow + 1
  local captured = 0
  local function inc() captured = captured + 1 return captured end
  return c, inc
end
return g
