-- A compact JSON encoder.
local escapes = { ['"'] = '\\"', ['\\'] = '\\\\', ['\b'] = '\\b', ['\f'] = '\\f',
  ['\n'] = '\\n', ['\r'] = '\\r', ['\t'] = '\\t' }

local function escape(s)
  return (s:gsub('[%c"\\]', function(c)
    return escapes[c] or string.format("\\u%04x", c:byte())
  end))
end

local encode

local function isarray(t)
  local n = 0
  for k in pairs(t) do
    if type(k) ~= "number" or k <= 0 or k % 1 ~= 0 then return false end
    n = math.max(n, k)
  end
  return n == #t
end

function encode(v, out)
  out = out or {}
  local ty = type(v)
  if ty == "nil" then out[#out + 1] = "null"
  elseif ty == "boolean" then out[#out + 1] = v and "true" or "false"
  elseif ty == "number" then
    if v ~= v or v == math.huge or v == -math.huge then error("bad number") end
    out[#out + 1] = string.format("%.14g", v)
  elseif ty == "string" then out[#out + 1] = '"' .. escape(v) .. '"'
  elseif ty == "table" then
    if isarray(v) then
      out[#out + 1] = "["
      for i = 1, #v do
        if i > 1 then out[#out + 1] = "," end
        encode(v[i], out)
      end
      out[#out + 1] = "]"
    else
      out[#out + 1] = "{"
      local first = true
      for k, val in pairs(v) do
        if not first then out[#out + 1] = "," end
        first = false
        out[#out + 1] = '"' .. escape(tostring(k)) .. '":'
        encode(val, out)
      end
      out[#out + 1] = "}"
    end
  else
    error("cannot encode " .. ty)
  end
  return out
end

return function(v) return table.concat(encode(v)) end
