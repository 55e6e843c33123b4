-- Pattern errors and limits: malformed patterns, captures, nesting depth.
local function try(f, ...)
  local ok, e = pcall(f, ...)
  print(ok, e)
end
for _, p in ipairs({ "(", ")", "%", "[a", "[^", "[%", "%b", "%ba", "%f", "%fa", "(()",
  "%1", "(a)%2", "(a%1)", "(()%1)", "[a-%%]", "%g", "a)", "((a)", "%0" }) do
  try(string.find, "abc(a)", p)
  try(string.match, "aaa", p)
  try(string.gsub, "abc", p, "x")
end
for _, n in ipairs({ 31, 32, 33 }) do
  try(string.match, string.rep("a", 40), string.rep("(a)", n))
end
try(string.match, string.rep("a", 40), string.rep("()", 33))
for _, n in ipairs({ 150, 199, 200, 201, 300 }) do
  try(string.match, string.rep("a", n), string.rep("a?", n))
  try(string.find, "b", string.rep("a?", n))
  try(string.match, string.rep("a", n), "^" .. string.rep("a", n) .. "$")
end
try(string.match, string.rep("a", 5000), ".-$")
try(string.match, string.rep("a", 4000), "(.*)b")
-- Errors name the function and carry the caller's position.
print(pcall(function() return ("x"):find("%") end))
print(pcall(function() return string.gsub("x", "(", "") end))
print(pcall(function() return string.gsub("x", "x", "%9") end))
print(pcall(function() for w in ("x"):gmatch("%") do end end))
