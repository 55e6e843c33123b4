local v1, v2 = gx
g1 {[ 0.1 ] = nil, ..., 1LL, [ 0x10 ] = 100000, [ v2 ] = v1}.a = (0x10)():n(v2(2ULL), v1:pairs "s":m {[ v1 ] = 255, [ 100000 ] = v1, [ print ] = v2} {v1; v2,}) - "a"
while v2 {1.5; v2; next; v2,}().y do
  v2()
  v2.b, v1.a = v2, v1, "hello world"
  v1 {b = v2; b = (g1); (...),}
end
repeat
  v1[ ((v1 == 'x') % "b") ] = v1, v1, (({}) - {} > ((("\n\t") "s") ^ nil))
until ("b" % 0x1p4)
local v3, v4
function t:m()
  v1:n(.5, v1, v3)(print)()()(true * pairs, 3i, (v1)).a, v3, v4 = (-100000 or ((32768))[ {} ]), v3:pairs((v1 > (-1):n(v4, v1)[ "pairs" ])).x, g1
  t, v3 = ({[ v4 * v1 ] = v1.b})
  local v5, v6, v7
  for v8, v9 in pairs(nil), 3 do
  end
end
g1 = 256

