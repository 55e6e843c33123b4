local i = 0
::top::
i = i + 1
if i < 3 then goto top end
