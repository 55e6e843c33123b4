local a,b,c=1,2,3;local d=4;
