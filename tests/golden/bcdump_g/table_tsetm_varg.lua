local function g(...)
  local t = {...}
  local u = {1, ...}
  local v = {..., 1}
  return t, u, v
end
