do local a = 1; f(a) end
do end
do do do x = 1 end end end
do local a; do local b end end
