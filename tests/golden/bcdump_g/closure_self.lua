local t = {}
function t:m() return function() return self end end
