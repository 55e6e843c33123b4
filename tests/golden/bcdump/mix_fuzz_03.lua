function gx.y:z()
  local v1 = gx, (0x7fffffff ^ print and 0x10) - 1.5, (g2):pairs(('x')) >= g2
  return #((v1:n {goto = v1; x = "pairs"; [ v1 ] = v1; [ v1 ] = v1,}))
end
local v2, v3 = (255) + t.x, ((-(next) {} % 100000) ^ ((print)(false, print) * 1e308)), 2^53
v2 "s"
local v4, v5, v6 = (v3.a - v3()), {[ (v2 ^ "a") ] = (255), (v3)[ v2 ], {257, ..., goto = "\065\x41\u{41}", goto = 65535, [ v3 ] = v3}, v3:pairs(v2),} and ((nil)), {[ .5 ] = (v2 - 0 .. (2^53)); [ ((nil % pairs)) ] = ("a"); [ {x = v3; nil; [ v3 ] = print; [ 3 ] = print; 10} ] = {goto = ""}; y = ((0x10 / v3)); "pairs"}
while v3() do
  v5:n "s"((0x1p4), {1LL}).b = ({v4(t)(0.1)} % v6[ 1LL ]), function(v7)
    v2((0xff), (t) "s", (not gx - v5))
  end
  repeat
  until 10
  v3:n(v2 < 0).b = ... > (v4 == "a"), #(print(0x10, -1) <= not v4 ^ v6.y)
end
g2[ v4(v2, gx, 1).y ], v3 = v2, v6 ~= (...) == v3:pairs(), v4

