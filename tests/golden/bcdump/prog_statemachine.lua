-- A tokenizer written as a state machine with goto.
local function tokenize(s)
  local tokens, i, n = {}, 1, #s
  local c
  ::start::
  if i > n then goto done end
  c = s:sub(i, i)
  if c:match("%s") then i = i + 1; goto start end
  if c:match("%d") then
    local j = i
    while j <= n and s:sub(j, j):match("%d") do j = j + 1 end
    tokens[#tokens + 1] = { "num", tonumber(s:sub(i, j - 1)) }
    i = j
    goto start
  end
  if c:match("[%a_]") then
    local j = i
    repeat j = j + 1 until j > n or not s:sub(j, j):match("[%w_]")
    tokens[#tokens + 1] = { "name", s:sub(i, j - 1) }
    i = j
    goto start
  end
  tokens[#tokens + 1] = { "op", c }
  i = i + 1
  goto start
  ::done::
  return tokens
end

for _, t in ipairs(tokenize("x1 = 42 + foo * (3 - y)")) do
  io.write(t[1], ":", tostring(t[2]), " ")
end
print()
