-- String utilities.
local M = {}

function M.split(s, sep, plain)
  local out, start = {}, 1
  while true do
    local i, j = s:find(sep, start, plain)
    if not i then break end
    out[#out + 1] = s:sub(start, i - 1)
    start = j + 1
  end
  out[#out + 1] = s:sub(start)
  return out
end

function M.trim(s) return (s:gsub("^%s+", ""):gsub("%s+$", "")) end

function M.startswith(s, p) return s:sub(1, #p) == p end
function M.endswith(s, p) return p == "" or s:sub(-#p) == p end

function M.pad(s, n, c)
  c = c or " "
  if #s >= n then return s end
  return string.rep(c, n - #s) .. s
end

function M.wrap(s, width)
  local lines, line = {}, ""
  for word in s:gmatch("%S+") do
    if #line + #word + 1 > width and line ~= "" then
      lines[#lines + 1] = line
      line = word
    else
      line = line == "" and word or line .. " " .. word
    end
  end
  if line ~= "" then lines[#lines + 1] = line end
  return table.concat(lines, "\n")
end

M.hex = function(s)
  return (s:gsub(".", function(c) return ("%02x"):format(c:byte()) end))
end

return M
