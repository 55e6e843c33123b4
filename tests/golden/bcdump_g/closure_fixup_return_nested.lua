local function outer(y)
  if y then return y end
  local h = function() return y end
  return h
end
