-- A JSON encoder and decoder, exercised on nested data, escapes, numbers and errors.
local json = {}

local escapes = {
  ['"'] = '\\"', ["\\"] = "\\\\", ["\b"] = "\\b", ["\f"] = "\\f",
  ["\n"] = "\\n", ["\r"] = "\\r", ["\t"] = "\\t",
}

local function escape_str(s)
  return '"' .. s:gsub('[%c"\\]', function(c)
    return escapes[c] or string.format("\\u%04x", c:byte())
  end) .. '"'
end

local function is_array(t)
  local n = 0
  for k in pairs(t) do
    if type(k) ~= "number" or k <= 0 or k % 1 ~= 0 then return false end
    n = n + 1
  end
  for i = 1, n do if t[i] == nil then return false end end
  return true, n
end

local encode_value

local function encode_table(t, stack, indent, level)
  if stack[t] then error("circular reference") end
  stack[t] = true
  local pieces = {}
  local arr, n = is_array(t)
  local nl, pad, pad_in = "", "", ""
  if indent then
    nl = "\n"
    pad = string.rep(indent, level)
    pad_in = string.rep(indent, level + 1)
  end
  if arr and n > 0 then
    for i = 1, n do pieces[#pieces + 1] = pad_in .. encode_value(t[i], stack, indent, level + 1) end
    stack[t] = nil
    return "[" .. nl .. table.concat(pieces, "," .. nl) .. nl .. pad .. "]"
  end
  local keys = {}
  for k in pairs(t) do
    if type(k) ~= "string" then error("invalid key type: " .. type(k)) end
    keys[#keys + 1] = k
  end
  table.sort(keys)
  if #keys == 0 then stack[t] = nil; return arr and "[]" or "{}" end
  for _, k in ipairs(keys) do
    local sep = indent and ": " or ":"
    pieces[#pieces + 1] = pad_in .. escape_str(k) .. sep .. encode_value(t[k], stack, indent, level + 1)
  end
  stack[t] = nil
  return "{" .. nl .. table.concat(pieces, "," .. nl) .. nl .. pad .. "}"
end

function encode_value(v, stack, indent, level)
  local tv = type(v)
  if tv == "nil" then return "null"
  elseif tv == "boolean" then return tostring(v)
  elseif tv == "number" then
    if v ~= v or v == math.huge or v == -math.huge then error("cannot encode " .. tostring(v)) end
    if v % 1 == 0 and math.abs(v) < 1e15 then return string.format("%d", v) end
    return string.format("%.14g", v)
  elseif tv == "string" then return escape_str(v)
  elseif tv == "table" then return encode_table(v, stack, indent, level)
  end
  error("cannot encode value of type " .. tv)
end

function json.encode(v, indent) return encode_value(v, {}, indent, 0) end

-- Decoder: a recursive descent parser over the string with a position.
local Decoder = {}
Decoder.__index = Decoder

local function decode_error(self, msg)
  error(string.format("json error at position %d: %s", self.pos, msg), 0)
end

function Decoder:skip()
  self.pos = self.s:find("[^ \t\r\n]", self.pos) or #self.s + 1
end

function Decoder:peek() self:skip(); return self.s:sub(self.pos, self.pos) end

function Decoder:expect(c)
  if self:peek() ~= c then decode_error(self, "expected '" .. c .. "'") end
  self.pos = self.pos + 1
end

function Decoder:string()
  self:expect('"')
  local buf = {}
  while true do
    local c = self.s:sub(self.pos, self.pos)
    if c == "" then decode_error(self, "unterminated string") end
    self.pos = self.pos + 1
    if c == '"' then break end
    if c == "\\" then
      local e = self.s:sub(self.pos, self.pos)
      self.pos = self.pos + 1
      local map = {b = "\b", f = "\f", n = "\n", r = "\r", t = "\t", ['"'] = '"', ["\\"] = "\\", ["/"] = "/"}
      if map[e] then buf[#buf + 1] = map[e]
      elseif e == "u" then
        local hex = self.s:sub(self.pos, self.pos + 3)
        if not hex:match("^%x%x%x%x$") then decode_error(self, "bad unicode escape") end
        local code = tonumber(hex, 16)
        self.pos = self.pos + 4
        if code < 128 then buf[#buf + 1] = string.char(code)
        elseif code < 2048 then
          buf[#buf + 1] = string.char(192 + math.floor(code / 64), 128 + code % 64)
        else
          buf[#buf + 1] = string.char(224 + math.floor(code / 4096), 128 + math.floor(code / 64) % 64, 128 + code % 64)
        end
      else decode_error(self, "bad escape \\" .. e) end
    else
      buf[#buf + 1] = c
    end
  end
  return table.concat(buf)
end

function Decoder:number()
  local num = self.s:match("^-?%d+%.?%d*[eE]?[-+]?%d*", self.pos)
  if not num or num == "" or num == "-" then decode_error(self, "bad number") end
  self.pos = self.pos + #num
  local v = tonumber(num)
  if not v then decode_error(self, "bad number '" .. num .. "'") end
  return v
end

function Decoder:value()
  local c = self:peek()
  if c == "{" then
    self.pos = self.pos + 1
    local obj = {}
    if self:peek() == "}" then self.pos = self.pos + 1; return obj end
    repeat
      local k = self:string()
      self:expect(":")
      obj[k] = self:value()
      local d = self:peek()
      self.pos = self.pos + 1
      if d ~= "," and d ~= "}" then self.pos = self.pos - 1; decode_error(self, "expected ',' or '}'") end
    until d == "}"
    return obj
  elseif c == "[" then
    self.pos = self.pos + 1
    local arr = {}
    if self:peek() == "]" then self.pos = self.pos + 1; return arr end
    repeat
      arr[#arr + 1] = self:value()
      local d = self:peek()
      self.pos = self.pos + 1
      if d ~= "," and d ~= "]" then self.pos = self.pos - 1; decode_error(self, "expected ',' or ']'") end
    until d == "]"
    return arr
  elseif c == '"' then return self:string()
  elseif c == "t" and self.s:sub(self.pos, self.pos + 3) == "true" then self.pos = self.pos + 4; return true
  elseif c == "f" and self.s:sub(self.pos, self.pos + 4) == "false" then self.pos = self.pos + 5; return false
  elseif c == "n" and self.s:sub(self.pos, self.pos + 3) == "null" then self.pos = self.pos + 4; return nil
  elseif c:match("[-%d]") then return self:number()
  end
  decode_error(self, "unexpected character '" .. c .. "'")
end

function json.decode(s)
  local d = setmetatable({s = s, pos = 1}, Decoder)
  local v = d:value()
  d:skip()
  if d.pos <= #s then decode_error(d, "trailing garbage") end
  return v
end

-- Round trips.
local data = {
  name = "ljts", version = 2.1, tags = {"lua", "jit", "vm"}, empty = {}, nested = {a = {b = {c = {1, 2, 3}}}},
  flags = {enabled = true, beta = false}, text = 'quote " backslash \\ newline \n tab \t ctrl \1 end',
  numbers = {0, -1, 3.25, 1e20, 123456789, -0.5, 2^53},
}
local enc = json.encode(data)
print(enc)
local dec = json.decode(enc)
print(json.encode(dec) == enc, dec.name, dec.version, dec.tags[3], #dec.numbers, dec.nested.a.b.c[2])
print(json.encode(data, "  "))
print(json.encode(json.decode('  {"a" : [1, 2, {"b": null}], "c": "\\u0041\\u00e9\\u20ac", "d": -12.5e2 } ')))
print(json.encode({}), json.encode({{}}), json.encode(""), json.encode({[1] = "x", [2] = "y"}))
-- Errors, caught.
local bad = {'{"a" 1}', "[1, 2", '"unterminated', "tru", "{} x", '{"a": "\\q"}', "[1,]", "-"}
for _, s in ipairs(bad) do print(pcall(json.decode, s)) end
local cyc = {}
cyc.self = cyc
print(pcall(json.encode, cyc))
print(pcall(json.encode, {[true] = 1}))
print(pcall(json.encode, {f = print}))
print(pcall(json.encode, 0 / 0))
-- A larger document: encode, decode, check the sum.
local big = {}
for i = 1, 200 do big[i] = {id = i, name = "item" .. i, score = i * 1.5, even = i % 2 == 0} end
local s2 = json.encode(big)
local back = json.decode(s2)
local sum = 0
for _, item in ipairs(back) do sum = sum + item.score end
print(#s2, #back, sum, back[100].name, back[200].even)
