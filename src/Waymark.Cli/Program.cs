Console.WriteLine("waymark");
return 0;
