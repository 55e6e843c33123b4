local v1
for v2 = false, v1((...), (2ULL).b, (v1)("")) do
  gx = ((print)("next", gx, v2) {}), v2
end
t[ "\n\t" ] = not v1((0x7fffffff))
v1 "s"()[ #(false > 65536) ], g2 = (v1).a > 0.1
repeat
  local v3
until (v3())
local v4, v5, v6 = "pairs", #{x = print / nil; [ (3i % 2^53) ] = v1; true; [ nil and 32768 ] = v1.x}
for v7 in next, v5[ v4[ (false)().a ] ] == ((v4)(false, v6, 1) {[ false ] = v4, y = ..., v6, [ 1LL ] = v6, [ "a" ] = 0x1p4,} ~= print "s") do
  return 
end
if nil then
  v4.b = nil
elseif 3.25 then
  local v8, v9
elseif [[long]] then
  v6(v1.x, (2).y, ("\065\x41\u{41}")())
  local v10 = v4:n {}(), v6 >= ({[ 100000 ] = v1, y = "\n\t", v4})
  return ((v4(v6).y or ((255) .. ... .. v6)) ^ t "s"[ v6:n():m {false,} ]), ({b = 32768; goto = 1LL,})().x, (v5 / 0x7fffffff) >= -(next) ^ ... / v6:pairs(v1):pairs(v10, nil)
end

