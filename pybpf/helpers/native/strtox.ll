; ModuleID = 'strtox.c'
source_filename = "strtox.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind memory(read, argmem: readwrite, inaccessiblemem: none)
define dso_local i64 @pbh_strtol(ptr noundef %0, i64 noundef %1, i64 noundef %2, ptr nocapture noundef writeonly %3) local_unnamed_addr #0 {
  %5 = alloca i64, align 8
  %6 = alloca i32, align 4
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %5) #3
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %6) #3
  store i64 0, ptr %3, align 8, !tbaa !3
  %7 = call fastcc i64 @strtoull(ptr noundef %0, i64 noundef %1, i64 noundef %2, ptr noundef nonnull %5, ptr noundef nonnull %6) #4
  %8 = icmp slt i64 %7, 0
  br i1 %8, label %20, label %9

9:                                                ; preds = %4
  %10 = load i32, ptr %6, align 4, !tbaa !7
  %11 = icmp eq i32 %10, 0
  %12 = load i64, ptr %5, align 8, !tbaa !3
  br i1 %11, label %16, label %13

13:                                               ; preds = %9
  %14 = sub i64 0, %12
  %15 = icmp sgt i64 %14, 0
  br i1 %15, label %20, label %18

16:                                               ; preds = %9
  %17 = icmp slt i64 %12, 0
  br i1 %17, label %20, label %18

18:                                               ; preds = %16, %13
  %19 = phi i64 [ %14, %13 ], [ %12, %16 ]
  store i64 %19, ptr %3, align 8, !tbaa !3
  br label %20

20:                                               ; preds = %16, %13, %4, %18
  %21 = phi i64 [ %7, %18 ], [ %7, %4 ], [ -34, %13 ], [ -34, %16 ]
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %6) #3
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %5) #3
  ret i64 %21
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nofree norecurse nosync nounwind memory(read, argmem: readwrite, inaccessiblemem: none)
define internal fastcc i64 @strtoull(ptr noundef %0, i64 noundef %1, i64 noundef %2, ptr nocapture noundef writeonly %3, ptr nocapture noundef writeonly %4) unnamed_addr #0 {
  %6 = alloca [64 x i8], align 16
  %7 = trunc i64 %2 to i32
  %8 = and i32 %7, 31
  call void @llvm.lifetime.start.p0(i64 64, ptr nonnull %6) #3
  %9 = icmp ne ptr %0, null
  %10 = icmp ne i64 %1, 0
  %11 = and i1 %9, %10
  br i1 %11, label %12, label %141

12:                                               ; preds = %5
  %13 = tail call i32 @llvm.fshl.i32(i32 %8, i32 %8, i32 31)
  switch i32 %13, label %141 [
    i32 8, label %14
    i32 5, label %14
    i32 4, label %14
    i32 0, label %14
  ]

14:                                               ; preds = %12, %12, %12, %12
  %15 = icmp ult i64 %2, 32
  br i1 %15, label %16, label %141

16:                                               ; preds = %14
  %17 = getelementptr inbounds i8, ptr %0, i64 %1
  %18 = icmp sgt i64 %1, 0
  br i1 %18, label %21, label %19

19:                                               ; preds = %25, %16
  %20 = phi ptr [ %0, %16 ], [ %26, %25 ]
  store i32 0, ptr %4, align 4, !tbaa !7
  br label %33

21:                                               ; preds = %16, %25
  %22 = phi ptr [ %26, %25 ], [ %0, %16 ]
  %23 = load i8, ptr %22, align 1, !tbaa !9
  %24 = freeze i8 %23
  switch i8 %24, label %28 [
    i8 -96, label %25
    i8 32, label %25
    i8 13, label %25
    i8 12, label %25
    i8 11, label %25
    i8 10, label %25
    i8 9, label %25
  ]

25:                                               ; preds = %21, %21, %21, %21, %21, %21, %21
  %26 = getelementptr inbounds i8, ptr %22, i64 1
  %27 = icmp ult ptr %26, %17
  br i1 %27, label %21, label %19, !llvm.loop !10

28:                                               ; preds = %21
  %29 = icmp eq i8 %24, 45
  %30 = zext i1 %29 to i32
  store i32 %30, ptr %4, align 4, !tbaa !7
  %31 = zext i1 %29 to i64
  %32 = getelementptr inbounds i8, ptr %22, i64 %31
  br label %33

33:                                               ; preds = %28, %19
  %34 = phi ptr [ %20, %19 ], [ %32, %28 ]
  %35 = ptrtoint ptr %34 to i64
  %36 = ptrtoint ptr %0 to i64
  %37 = sub i64 %35, %36
  %38 = icmp eq i64 %37, %1
  br i1 %38, label %141, label %39

39:                                               ; preds = %33
  %40 = sub i64 %1, %37
  %41 = tail call i64 @llvm.umin.i64(i64 %40, i64 63)
  %42 = icmp ult i64 %40, 8
  br i1 %42, label %43, label %46

43:                                               ; preds = %46, %39
  %44 = phi i64 [ 0, %39 ], [ %47, %46 ]
  %45 = icmp ult i64 %44, %41
  br i1 %45, label %54, label %61

46:                                               ; preds = %39, %46
  %47 = phi i64 [ %52, %46 ], [ 8, %39 ]
  %48 = phi i64 [ %47, %46 ], [ 0, %39 ]
  %49 = getelementptr inbounds i8, ptr %6, i64 %48
  %50 = getelementptr inbounds i8, ptr %34, i64 %48
  %51 = load i64, ptr %50, align 1
  store i64 %51, ptr %49, align 8
  %52 = add nuw nsw i64 %47, 8
  %53 = icmp ugt i64 %52, %41
  br i1 %53, label %43, label %46, !llvm.loop !13

54:                                               ; preds = %43, %54
  %55 = phi i64 [ %59, %54 ], [ %44, %43 ]
  %56 = getelementptr inbounds i8, ptr %34, i64 %55
  %57 = load i8, ptr %56, align 1, !tbaa !9
  %58 = getelementptr inbounds i8, ptr %6, i64 %55
  store i8 %57, ptr %58, align 1, !tbaa !9
  %59 = add nuw i64 %55, 1
  %60 = icmp eq i64 %59, %41
  br i1 %60, label %61, label %54, !llvm.loop !14

61:                                               ; preds = %54, %43
  %62 = getelementptr inbounds [64 x i8], ptr %6, i64 0, i64 %41
  store i8 0, ptr %62, align 1, !tbaa !9
  switch i32 %8, label %90 [
    i32 0, label %63
    i32 16, label %80
  ]

63:                                               ; preds = %61
  %64 = load i8, ptr %6, align 16, !tbaa !9
  %65 = icmp eq i8 %64, 48
  br i1 %65, label %66, label %90

66:                                               ; preds = %63
  %67 = getelementptr inbounds i8, ptr %6, i64 1
  %68 = load i8, ptr %67, align 1, !tbaa !9
  %69 = and i8 %68, -33
  %70 = icmp eq i8 %69, 88
  br i1 %70, label %71, label %90

71:                                               ; preds = %66
  %72 = getelementptr inbounds i8, ptr %6, i64 2
  %73 = load i8, ptr %72, align 2, !tbaa !9
  %74 = add i8 %73, -48
  %75 = icmp ult i8 %74, 10
  br i1 %75, label %83, label %76

76:                                               ; preds = %71
  %77 = or i8 %73, 32
  %78 = add i8 %77, -103
  %79 = icmp ult i8 %78, -6
  br i1 %79, label %90, label %83

80:                                               ; preds = %61
  %81 = load i8, ptr %6, align 16, !tbaa !9
  %82 = icmp eq i8 %81, 48
  br i1 %82, label %83, label %90

83:                                               ; preds = %76, %71, %80
  %84 = getelementptr inbounds i8, ptr %6, i64 1
  %85 = load i8, ptr %84, align 1, !tbaa !9
  %86 = and i8 %85, -33
  %87 = icmp eq i8 %86, 88
  %88 = select i1 %87, i64 2, i64 0
  %89 = getelementptr inbounds i8, ptr %6, i64 %88
  br label %90

90:                                               ; preds = %63, %66, %76, %61, %80, %83
  %91 = phi i32 [ %8, %61 ], [ 16, %83 ], [ 16, %80 ], [ 8, %76 ], [ 8, %66 ], [ 10, %63 ]
  %92 = phi ptr [ %6, %61 ], [ %89, %83 ], [ %6, %80 ], [ %6, %76 ], [ %6, %66 ], [ %6, %63 ]
  %93 = zext nneg i32 %91 to i64
  br label %94

94:                                               ; preds = %123, %90
  %95 = phi i32 [ 0, %90 ], [ %128, %123 ]
  %96 = phi i64 [ 0, %90 ], [ %127, %123 ]
  %97 = phi ptr [ %92, %90 ], [ %129, %123 ]
  %98 = load i8, ptr %97, align 1, !tbaa !9
  %99 = or i8 %98, 32
  %100 = zext i8 %99 to i32
  %101 = add i8 %98, -48
  %102 = icmp ult i8 %101, 10
  br i1 %102, label %103, label %106

103:                                              ; preds = %94
  %104 = zext nneg i8 %98 to i32
  %105 = add nsw i32 %104, -48
  br label %111

106:                                              ; preds = %94
  %107 = add i8 %99, -97
  %108 = icmp ult i8 %107, 6
  br i1 %108, label %109, label %130

109:                                              ; preds = %106
  %110 = add nsw i32 %100, -87
  br label %111

111:                                              ; preds = %109, %103
  %112 = phi i32 [ %105, %103 ], [ %110, %109 ]
  %113 = icmp ult i32 %112, %91
  br i1 %113, label %114, label %130

114:                                              ; preds = %111
  %115 = icmp ult i64 %96, 1152921504606846976
  br i1 %115, label %123, label %116

116:                                              ; preds = %114
  %117 = xor i32 %112, -1
  %118 = sext i32 %117 to i64
  %119 = udiv i64 %118, %93
  %120 = icmp ugt i64 %96, %119
  %121 = or i32 %95, -2147483648
  %122 = select i1 %120, i32 %121, i32 %95
  br label %123

123:                                              ; preds = %116, %114
  %124 = phi i32 [ %95, %114 ], [ %122, %116 ]
  %125 = mul i64 %96, %93
  %126 = zext nneg i32 %112 to i64
  %127 = add i64 %125, %126
  %128 = add i32 %124, 1
  %129 = getelementptr inbounds i8, ptr %97, i64 1
  br label %94

130:                                              ; preds = %106, %111
  store i64 %96, ptr %3, align 8, !tbaa !3
  %131 = icmp sgt i32 %95, -1
  br i1 %131, label %132, label %141

132:                                              ; preds = %130
  %133 = icmp eq i32 %95, 0
  br i1 %133, label %141, label %134

134:                                              ; preds = %132
  %135 = zext nneg i32 %95 to i64
  %136 = getelementptr inbounds i8, ptr %92, i64 %135
  %137 = ptrtoint ptr %136 to i64
  %138 = ptrtoint ptr %6 to i64
  %139 = sub i64 %37, %138
  %140 = add i64 %139, %137
  br label %141

141:                                              ; preds = %132, %130, %33, %14, %12, %5, %134
  %142 = phi i64 [ %140, %134 ], [ -22, %5 ], [ -22, %12 ], [ -22, %14 ], [ -22, %33 ], [ -34, %130 ], [ -22, %132 ]
  call void @llvm.lifetime.end.p0(i64 64, ptr nonnull %6) #3
  ret i64 %142
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nofree norecurse nosync nounwind memory(read, argmem: readwrite, inaccessiblemem: none)
define dso_local i64 @pbh_strtoul(ptr noundef %0, i64 noundef %1, i64 noundef %2, ptr nocapture noundef writeonly %3) local_unnamed_addr #0 {
  %5 = alloca i64, align 8
  %6 = alloca i32, align 4
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %5) #3
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %6) #3
  store i64 0, ptr %3, align 8, !tbaa !3
  %7 = call fastcc i64 @strtoull(ptr noundef %0, i64 noundef %1, i64 noundef %2, ptr noundef nonnull %5, ptr noundef nonnull %6) #4
  %8 = icmp slt i64 %7, 0
  br i1 %8, label %14, label %9

9:                                                ; preds = %4
  %10 = load i32, ptr %6, align 4, !tbaa !7
  %11 = icmp eq i32 %10, 0
  br i1 %11, label %12, label %14

12:                                               ; preds = %9
  %13 = load i64, ptr %5, align 8, !tbaa !3
  store i64 %13, ptr %3, align 8, !tbaa !3
  br label %14

14:                                               ; preds = %9, %4, %12
  %15 = phi i64 [ %7, %12 ], [ %7, %4 ], [ -22, %9 ]
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %6) #3
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %5) #3
  ret i64 %15
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.umin.i64(i64, i64) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.fshl.i32(i32, i32, i32) #2

attributes #0 = { nofree norecurse nosync nounwind memory(read, argmem: readwrite, inaccessiblemem: none) "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nounwind }
attributes #4 = { nobuiltin "no-builtins" }

!llvm.module.flags = !{!0, !1, !2}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{!4, !4, i64 0}
!4 = !{!"long long", !5, i64 0}
!5 = !{!"omnipotent char", !6, i64 0}
!6 = !{!"Simple C/C++ TBAA"}
!7 = !{!8, !8, i64 0}
!8 = !{!"int", !5, i64 0}
!9 = !{!5, !5, i64 0}
!10 = distinct !{!10, !11, !12}
!11 = !{!"llvm.loop.mustprogress"}
!12 = !{!"llvm.loop.unroll.disable"}
!13 = distinct !{!13, !11, !12}
!14 = distinct !{!14, !11, !12}
