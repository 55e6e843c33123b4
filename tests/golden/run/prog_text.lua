-- Text processing: word frequencies, CSV parsing, templates, wrapping, run-length
-- encoding, a tokenizer, Caesar cipher and string building.
local text = [[
The quick brown fox jumps over the lazy dog. The dog sleeps; the fox runs!
A journey of a thousand miles begins with a single step. Step by step, the
journey continues -- and the fox, quick as ever, runs again.
]]

-- Word frequencies, sorted by count then word.
local freq, order = {}, {}
for word in text:lower():gmatch("%a+") do
  if not freq[word] then order[#order + 1] = word end
  freq[word] = (freq[word] or 0) + 1
end
table.sort(order, function(a, b)
  if freq[a] ~= freq[b] then return freq[a] > freq[b] end
  return a < b
end)
for i = 1, 8 do io.write(order[i], "=", freq[order[i]], " ") end
print()
print(#order, select(2, text:gsub("%a+", "")), select(2, text:gsub("\n", "\n")))

-- CSV with quoted fields.
local function parse_csv_line(line)
  local fields, pos = {}, 1
  while true do
    if line:sub(pos, pos) == '"' then
      local buf, i = {}, pos + 1
      while true do
        local c = line:sub(i, i)
        if c == '"' then
          if line:sub(i + 1, i + 1) == '"' then buf[#buf + 1] = '"'; i = i + 2
          else i = i + 1; break end
        elseif c == "" then error("unterminated quote") else buf[#buf + 1] = c; i = i + 1 end
      end
      fields[#fields + 1] = table.concat(buf)
      pos = i
    else
      local s, e = line:find(",", pos, true)
      fields[#fields + 1] = line:sub(pos, (s or #line + 1) - 1)
      pos = s or #line + 1
    end
    if line:sub(pos, pos) == "," then pos = pos + 1 else break end
  end
  return fields
end
local csv = {'name,age,city', 'Alice,30,"New York, NY"', '"Bob ""B"" Smith",25,Paris', 'Eve,,', '"",1,"a,b,c"'}
for _, line in ipairs(csv) do
  local f = parse_csv_line(line)
  local quoted = {}
  for i, v in ipairs(f) do quoted[i] = string.format("%q", v) end
  print(#f, table.concat(quoted, " | "))
end
print(pcall(parse_csv_line, '"open'))

-- Templates with gsub and a table or function.
local vars = {name = "World", count = 3, item = "apple"}
local tpl = "Hello, ${name}! You have ${count} ${item}s. ${missing} stays."
print((tpl:gsub("%${(%w+)}", vars)))
print((tpl:gsub("%${(%w+)}", function(k) return vars[k] and string.upper(tostring(vars[k])) end)))
print(("x = $x, y = $y"):gsub("%$(%a)", {x = 1, y = 2.5}))

-- Word wrapping.
local function wrap(s, width)
  local lines, line = {}, ""
  for word in s:gmatch("%S+") do
    if #line + #word + 1 > width and #line > 0 then lines[#lines + 1] = line; line = word
    elseif #line == 0 then line = word
    else line = line .. " " .. word end
  end
  if #line > 0 then lines[#lines + 1] = line end
  return lines
end
for _, l in ipairs(wrap(text, 28)) do print("|" .. l .. string.rep(" ", 28 - #l) .. "|") end

-- Run-length encoding and decoding.
local function rle(s)
  local out, i = {}, 1
  while i <= #s do
    local c = s:sub(i, i)
    local j = i
    while s:sub(j + 1, j + 1) == c do j = j + 1 end
    out[#out + 1] = (j - i + 1 > 1 and (j - i + 1) or "") .. c
    i = j + 1
  end
  return table.concat(out)
end
local function unrle(s)
  return (s:gsub("(%d*)(%D)", function(n, c) return c:rep(n == "" and 1 or tonumber(n)) end))
end
local samples = {"aaabccddddde", "abc", "", "zzzzzzzzzzzz", "aabbaa"}
for _, s in ipairs(samples) do local e = rle(s); io.write(e, ":", tostring(unrle(e) == s), " ") end
print()

-- A tokenizer for arithmetic expressions and an evaluator (shunting-yard).
local function tokenize(expr)
  local tokens, pos = {}, 1
  while pos <= #expr do
    local c = expr:sub(pos, pos)
    if c:match("%s") then pos = pos + 1
    elseif c:match("%d") then
      local num = expr:match("^%d+%.?%d*", pos)
      tokens[#tokens + 1] = {kind = "num", value = tonumber(num)}
      pos = pos + #num
    elseif c:match("[-+*/^()]") then tokens[#tokens + 1] = {kind = "op", value = c}; pos = pos + 1
    else error("bad character '" .. c .. "' at " .. pos) end
  end
  return tokens
end
local prec = {["+"] = 1, ["-"] = 1, ["*"] = 2, ["/"] = 2, ["^"] = 3}
local function evaluate(expr)
  local out, ops = {}, {}
  local function apply()
    local op = table.remove(ops)
    local b, a = table.remove(out), table.remove(out)
    if op == "+" then out[#out + 1] = a + b elseif op == "-" then out[#out + 1] = a - b
    elseif op == "*" then out[#out + 1] = a * b elseif op == "/" then out[#out + 1] = a / b
    else out[#out + 1] = a ^ b end
  end
  for _, t in ipairs(tokenize(expr)) do
    if t.kind == "num" then out[#out + 1] = t.value
    elseif t.value == "(" then ops[#ops + 1] = "("
    elseif t.value == ")" then
      while ops[#ops] ~= "(" do apply() end
      table.remove(ops)
    else
      while #ops > 0 and ops[#ops] ~= "(" and (prec[ops[#ops]] > prec[t.value] or
        (prec[ops[#ops]] == prec[t.value] and t.value ~= "^")) do apply() end
      ops[#ops + 1] = t.value
    end
  end
  while #ops > 0 do apply() end
  return out[1]
end
for _, e in ipairs({"1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "10 / 4 - 1.5", "((7))", "3 * (2 + (4 - 1)) / 5"}) do
  print(e, "=", evaluate(e))
end
print(pcall(evaluate, "2 $ 3"))

-- Caesar cipher and byte manipulation.
local function caesar(s, k)
  return (s:gsub("%a", function(c)
    local base = c:match("%l") and 97 or 65
    return string.char((c:byte() - base + k) % 26 + base)
  end))
end
local secret = caesar("Hello, World! Zebra", 3)
print(secret, caesar(secret, -3), caesar("abc", 29))
local bytes = {("Lua"):byte(1, -1)}
print(#bytes, bytes[1], bytes[3], string.char(unpack(bytes)), ("%d-%d-%d"):format(unpack(bytes)))
print(("hello world"):reverse(), ("MiXeD"):lower(), ("MiXeD"):upper(), ("abc"):rep(3, "-"))
print(("  trim me  "):match("^%s*(.-)%s*$") .. "|", ("key = value"):match("^(%w+)%s*=%s*(%w+)$"))
print(string.format("%5.1f|%-5d|%5s|%x|%X|%o|%e|%g", 3.14159, 42, "ab", 255, 255, 8, 12345.678, 0.0001))

-- Building a long string in pieces.
local buf = {}
for i = 1, 100 do buf[#buf + 1] = string.format("%03d", i) end
local long = table.concat(buf, ",")
print(#long, long:sub(1, 23), long:sub(-11))
local count = 0
for n in long:gmatch("%d+") do if tonumber(n) % 7 == 0 then count = count + 1 end end
print(count, long:find("050"), long:find("999"), select("#", long:find("0(5)(0)")))
