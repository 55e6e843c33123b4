local v1, v2 = not ((('x' == t)) - {b = 1e10, [ next ] = print}), {(g1)(gx); a = (nil ^ gx[ ... ]); gx,}, "\n\t"
if 1.5 then
  v1()
  local v3, v4, v5 = {[ (.5 <= 2) ] = 32767, [ v2 ] = pairs.b, [ {false; v2,} ] = {}, {[ pairs ] = g1; v2; false,}, [ (0x10).a ] = t <= 1.5,} or v2:pairs(v1.a, ..., 257 >= v2), (v2()(.5, "") >= true ^ g1 <= v1[ (true % v1) ]), (gx.b)[ v2.a ]
  local v6, v7, v8 = (pairs + ...)((nil - v1), ((pairs) and -1 ~= ...), -v5(false, 0)), v4:pairs() + (("a"))
elseif ((... == (...))) < "" then
end
if v1:n()() == g2 then
  v2({[ 'x' ] = v2; v2; [ 1e-5 ] = 256})
  local v9 = 65536
else
end
pairs:pairs(false ^ ...)((v2).b)
v2, v2:m(v1(257, 'x', "\n\t"), v2[ 1e10 ], (255)).a, v2 {0xff; 1LL; 0x7fffffff,} {v2; [ ... ] = 3i; y = false,}[ v2[ .5 <= pairs ] ] = (3i)

