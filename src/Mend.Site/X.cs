namespace Mend.Site; public static class X {}
