; ModuleID = 'env.c'
source_filename = "env.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.pbh_timespec = type { i64, i64 }
%struct.pbh_mem = type { i64, i64, i32, i32 }

; Function Attrs: nounwind
define dso_local i64 @pbh_ktime_get_ns(ptr nocapture noundef %0) local_unnamed_addr #0 {
  %2 = alloca %struct.pbh_timespec, align 8
  %3 = getelementptr inbounds i8, ptr %0, i64 4
  %4 = load i32, ptr %3, align 4, !tbaa !3
  %5 = and i32 %4, 1
  %6 = icmp eq i32 %5, 0
  br i1 %6, label %22, label %7

7:                                                ; preds = %1
  %8 = getelementptr inbounds i8, ptr %0, i64 88
  %9 = load ptr, ptr %8, align 8, !tbaa !12
  %10 = icmp eq ptr %9, null
  br i1 %10, label %22, label %11

11:                                               ; preds = %7
  call void @llvm.lifetime.start.p0(i64 16, ptr nonnull %2) #12
  %12 = call i64 %9(i32 noundef 1, ptr noundef nonnull %2) #13
  %13 = icmp eq i64 %12, 0
  br i1 %13, label %14, label %20

14:                                               ; preds = %11
  %15 = load i64, ptr %2, align 8, !tbaa !13
  %16 = mul i64 %15, 1000000000
  %17 = getelementptr inbounds i8, ptr %2, i64 8
  %18 = load i64, ptr %17, align 8, !tbaa !15
  %19 = add i64 %16, %18
  br label %20

20:                                               ; preds = %14, %11
  %21 = phi i64 [ %19, %14 ], [ 0, %11 ]
  call void @llvm.lifetime.end.p0(i64 16, ptr nonnull %2) #12
  br label %28

22:                                               ; preds = %7, %1
  %23 = getelementptr inbounds i8, ptr %0, i64 48
  %24 = load i64, ptr %23, align 8, !tbaa !16
  %25 = getelementptr inbounds i8, ptr %0, i64 80
  %26 = load i64, ptr %25, align 8, !tbaa !17
  %27 = add i64 %26, %24
  store i64 %27, ptr %23, align 8, !tbaa !16
  br label %28

28:                                               ; preds = %20, %22
  %29 = phi i64 [ %21, %20 ], [ %24, %22 ]
  ret i64 %29
}

; Function Attrs: nounwind
define dso_local i64 @pbh_ktime_get_boot_ns(ptr nocapture noundef %0) local_unnamed_addr #0 {
  %2 = alloca %struct.pbh_timespec, align 8
  %3 = getelementptr inbounds i8, ptr %0, i64 4
  %4 = load i32, ptr %3, align 4, !tbaa !3
  %5 = and i32 %4, 1
  %6 = icmp eq i32 %5, 0
  br i1 %6, label %22, label %7

7:                                                ; preds = %1
  %8 = getelementptr inbounds i8, ptr %0, i64 88
  %9 = load ptr, ptr %8, align 8, !tbaa !12
  %10 = icmp eq ptr %9, null
  br i1 %10, label %22, label %11

11:                                               ; preds = %7
  call void @llvm.lifetime.start.p0(i64 16, ptr nonnull %2) #12
  %12 = call i64 %9(i32 noundef 7, ptr noundef nonnull %2) #13
  %13 = icmp eq i64 %12, 0
  br i1 %13, label %14, label %20

14:                                               ; preds = %11
  %15 = load i64, ptr %2, align 8, !tbaa !13
  %16 = mul i64 %15, 1000000000
  %17 = getelementptr inbounds i8, ptr %2, i64 8
  %18 = load i64, ptr %17, align 8, !tbaa !15
  %19 = add i64 %16, %18
  br label %20

20:                                               ; preds = %14, %11
  %21 = phi i64 [ %19, %14 ], [ 0, %11 ]
  call void @llvm.lifetime.end.p0(i64 16, ptr nonnull %2) #12
  br label %28

22:                                               ; preds = %7, %1
  %23 = getelementptr inbounds i8, ptr %0, i64 56
  %24 = load i64, ptr %23, align 8, !tbaa !16
  %25 = getelementptr inbounds i8, ptr %0, i64 80
  %26 = load i64, ptr %25, align 8, !tbaa !17
  %27 = add i64 %26, %24
  store i64 %27, ptr %23, align 8, !tbaa !16
  br label %28

28:                                               ; preds = %20, %22
  %29 = phi i64 [ %21, %20 ], [ %24, %22 ]
  ret i64 %29
}

; Function Attrs: nounwind
define dso_local i64 @pbh_ktime_get_coarse_ns(ptr nocapture noundef %0) local_unnamed_addr #0 {
  %2 = alloca %struct.pbh_timespec, align 8
  %3 = getelementptr inbounds i8, ptr %0, i64 4
  %4 = load i32, ptr %3, align 4, !tbaa !3
  %5 = and i32 %4, 1
  %6 = icmp eq i32 %5, 0
  br i1 %6, label %22, label %7

7:                                                ; preds = %1
  %8 = getelementptr inbounds i8, ptr %0, i64 88
  %9 = load ptr, ptr %8, align 8, !tbaa !12
  %10 = icmp eq ptr %9, null
  br i1 %10, label %22, label %11

11:                                               ; preds = %7
  call void @llvm.lifetime.start.p0(i64 16, ptr nonnull %2) #12
  %12 = call i64 %9(i32 noundef 6, ptr noundef nonnull %2) #13
  %13 = icmp eq i64 %12, 0
  br i1 %13, label %14, label %20

14:                                               ; preds = %11
  %15 = load i64, ptr %2, align 8, !tbaa !13
  %16 = mul i64 %15, 1000000000
  %17 = getelementptr inbounds i8, ptr %2, i64 8
  %18 = load i64, ptr %17, align 8, !tbaa !15
  %19 = add i64 %16, %18
  br label %20

20:                                               ; preds = %14, %11
  %21 = phi i64 [ %19, %14 ], [ 0, %11 ]
  call void @llvm.lifetime.end.p0(i64 16, ptr nonnull %2) #12
  br label %28

22:                                               ; preds = %7, %1
  %23 = getelementptr inbounds i8, ptr %0, i64 64
  %24 = load i64, ptr %23, align 8, !tbaa !16
  %25 = getelementptr inbounds i8, ptr %0, i64 80
  %26 = load i64, ptr %25, align 8, !tbaa !17
  %27 = add i64 %26, %24
  store i64 %27, ptr %23, align 8, !tbaa !16
  br label %28

28:                                               ; preds = %20, %22
  %29 = phi i64 [ %21, %20 ], [ %24, %22 ]
  ret i64 %29
}

; Function Attrs: nounwind
define dso_local i64 @pbh_ktime_get_tai_ns(ptr nocapture noundef %0) local_unnamed_addr #0 {
  %2 = alloca %struct.pbh_timespec, align 8
  %3 = getelementptr inbounds i8, ptr %0, i64 4
  %4 = load i32, ptr %3, align 4, !tbaa !3
  %5 = and i32 %4, 1
  %6 = icmp eq i32 %5, 0
  br i1 %6, label %22, label %7

7:                                                ; preds = %1
  %8 = getelementptr inbounds i8, ptr %0, i64 88
  %9 = load ptr, ptr %8, align 8, !tbaa !12
  %10 = icmp eq ptr %9, null
  br i1 %10, label %22, label %11

11:                                               ; preds = %7
  call void @llvm.lifetime.start.p0(i64 16, ptr nonnull %2) #12
  %12 = call i64 %9(i32 noundef 11, ptr noundef nonnull %2) #13
  %13 = icmp eq i64 %12, 0
  br i1 %13, label %14, label %20

14:                                               ; preds = %11
  %15 = load i64, ptr %2, align 8, !tbaa !13
  %16 = mul i64 %15, 1000000000
  %17 = getelementptr inbounds i8, ptr %2, i64 8
  %18 = load i64, ptr %17, align 8, !tbaa !15
  %19 = add i64 %16, %18
  br label %20

20:                                               ; preds = %14, %11
  %21 = phi i64 [ %19, %14 ], [ 0, %11 ]
  call void @llvm.lifetime.end.p0(i64 16, ptr nonnull %2) #12
  br label %28

22:                                               ; preds = %7, %1
  %23 = getelementptr inbounds i8, ptr %0, i64 72
  %24 = load i64, ptr %23, align 8, !tbaa !16
  %25 = getelementptr inbounds i8, ptr %0, i64 80
  %26 = load i64, ptr %25, align 8, !tbaa !17
  %27 = add i64 %26, %24
  store i64 %27, ptr %23, align 8, !tbaa !16
  br label %28

28:                                               ; preds = %20, %22
  %29 = phi i64 [ %21, %20 ], [ %24, %22 ]
  ret i64 %29
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: readwrite)
define dso_local range(i64 0, 4294967296) i64 @pbh_get_prandom_u32(ptr nocapture noundef %0) local_unnamed_addr #1 {
  %2 = getelementptr inbounds i8, ptr %0, i64 96
  %3 = load i32, ptr %2, align 4, !tbaa !18
  %4 = shl i32 %3, 18
  %5 = and i32 %4, -524288
  %6 = shl i32 %3, 6
  %7 = xor i32 %6, %3
  %8 = lshr i32 %7, 13
  %9 = or disjoint i32 %8, %5
  store i32 %9, ptr %2, align 4, !tbaa !18
  %10 = getelementptr inbounds i8, ptr %0, i64 100
  %11 = load i32, ptr %10, align 4, !tbaa !18
  %12 = shl i32 %11, 2
  %13 = and i32 %12, -32
  %14 = xor i32 %12, %11
  %15 = lshr i32 %14, 27
  %16 = or disjoint i32 %15, %13
  store i32 %16, ptr %10, align 4, !tbaa !18
  %17 = getelementptr inbounds i8, ptr %0, i64 104
  %18 = load i32, ptr %17, align 4, !tbaa !18
  %19 = shl i32 %18, 7
  %20 = and i32 %19, -2048
  %21 = shl i32 %18, 13
  %22 = xor i32 %21, %18
  %23 = lshr i32 %22, 21
  %24 = or disjoint i32 %23, %20
  store i32 %24, ptr %17, align 4, !tbaa !18
  %25 = getelementptr inbounds i8, ptr %0, i64 108
  %26 = load i32, ptr %25, align 4, !tbaa !18
  %27 = shl i32 %26, 13
  %28 = and i32 %27, -1048576
  %29 = shl i32 %26, 3
  %30 = xor i32 %29, %26
  %31 = lshr i32 %30, 12
  %32 = or disjoint i32 %31, %28
  store i32 %32, ptr %25, align 4, !tbaa !18
  %33 = xor i32 %16, %9
  %34 = xor i32 %33, %24
  %35 = xor i32 %34, %32
  %36 = zext i32 %35 to i64
  ret i64 %36
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #2

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: read)
define dso_local range(i64 0, 4294967296) i64 @pbh_get_smp_processor_id(ptr nocapture noundef readonly %0) local_unnamed_addr #3 {
  %2 = getelementptr inbounds i8, ptr %0, i64 8
  %3 = load i32, ptr %2, align 8, !tbaa !19
  %4 = zext i32 %3 to i64
  ret i64 %4
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: read)
define dso_local range(i64 0, 4294967296) i64 @pbh_get_numa_node_id(ptr nocapture noundef readonly %0) local_unnamed_addr #3 {
  %2 = getelementptr inbounds i8, ptr %0, i64 12
  %3 = load i32, ptr %2, align 4, !tbaa !20
  %4 = zext i32 %3 to i64
  ret i64 %4
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: read)
define dso_local i64 @pbh_get_current_pid_tgid(ptr nocapture noundef readonly %0) local_unnamed_addr #3 {
  %2 = getelementptr inbounds i8, ptr %0, i64 16
  %3 = load i64, ptr %2, align 8, !tbaa !21
  ret i64 %3
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: read)
define dso_local i64 @pbh_get_current_uid_gid(ptr nocapture noundef readonly %0) local_unnamed_addr #3 {
  %2 = getelementptr inbounds i8, ptr %0, i64 24
  %3 = load i64, ptr %2, align 8, !tbaa !22
  ret i64 %3
}

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define dso_local noundef i64 @pbh_get_current_comm(ptr nocapture noundef readonly %0, ptr nocapture noundef writeonly %1, i32 noundef %2) local_unnamed_addr #4 {
  %4 = icmp eq i32 %2, 0
  br i1 %4, label %34, label %5

5:                                                ; preds = %3
  %6 = getelementptr inbounds i8, ptr %0, i64 32
  %7 = add i32 %2, -1
  %8 = icmp eq i32 %7, 0
  br i1 %8, label %23, label %9

9:                                                ; preds = %5
  %10 = tail call i32 @llvm.umin.i32(i32 %7, i32 16)
  %11 = zext nneg i32 %10 to i64
  br label %12

12:                                               ; preds = %9, %17
  %13 = phi i64 [ 0, %9 ], [ %19, %17 ]
  %14 = getelementptr inbounds [16 x i8], ptr %6, i64 0, i64 %13
  %15 = load i8, ptr %14, align 1, !tbaa !23
  %16 = icmp eq i8 %15, 0
  br i1 %16, label %21, label %17

17:                                               ; preds = %12
  %18 = getelementptr inbounds i8, ptr %1, i64 %13
  store i8 %15, ptr %18, align 1, !tbaa !23
  %19 = add nuw nsw i64 %13, 1
  %20 = icmp eq i64 %19, %11
  br i1 %20, label %23, label %12, !llvm.loop !24

21:                                               ; preds = %12
  %22 = trunc nuw nsw i64 %13 to i32
  br label %23

23:                                               ; preds = %17, %21, %5
  %24 = phi i32 [ 0, %5 ], [ %22, %21 ], [ %10, %17 ]
  %25 = icmp ult i32 %24, %2
  br i1 %25, label %26, label %34

26:                                               ; preds = %23
  %27 = zext nneg i32 %24 to i64
  %28 = zext i32 %2 to i64
  br label %29

29:                                               ; preds = %26, %29
  %30 = phi i64 [ %27, %26 ], [ %32, %29 ]
  %31 = getelementptr inbounds i8, ptr %1, i64 %30
  store i8 0, ptr %31, align 1, !tbaa !23
  %32 = add nuw nsw i64 %30, 1
  %33 = icmp eq i64 %32, %28
  br i1 %33, label %34, label %29, !llvm.loop !27

34:                                               ; preds = %29, %23, %3
  ret i64 0
}

; Function Attrs: nofree norecurse nosync nounwind memory(read, inaccessiblemem: none)
define dso_local range(i32 0, 2) i32 @pbh_mem_readable(ptr nocapture noundef readonly %0, i64 noundef %1, i64 noundef %2, i32 noundef %3) local_unnamed_addr #5 {
  %5 = icmp eq i64 %2, 0
  br i1 %5, label %52, label %6

6:                                                ; preds = %4
  %7 = add i64 %2, %1
  %8 = icmp ult i64 %7, %1
  br i1 %8, label %52, label %9

9:                                                ; preds = %6
  %10 = getelementptr inbounds i8, ptr %0, i64 112
  %11 = load i32, ptr %10, align 8, !tbaa !28
  %12 = icmp eq i32 %11, 0
  br i1 %12, label %30, label %13

13:                                               ; preds = %9
  %14 = getelementptr inbounds i8, ptr %0, i64 120
  %15 = load ptr, ptr %14, align 8, !tbaa !29
  br label %16

16:                                               ; preds = %16, %13
  %17 = phi i32 [ %11, %13 ], [ %28, %16 ]
  %18 = phi i32 [ 0, %13 ], [ %27, %16 ]
  %19 = sub i32 %17, %18
  %20 = lshr i32 %19, 1
  %21 = add i32 %20, %18
  %22 = zext i32 %21 to i64
  %23 = getelementptr inbounds %struct.pbh_mem, ptr %15, i64 %22, i32 1
  %24 = load i64, ptr %23, align 8, !tbaa !30
  %25 = icmp ugt i64 %24, %1
  %26 = add i32 %21, 1
  %27 = select i1 %25, i32 %18, i32 %26
  %28 = select i1 %25, i32 %21, i32 %17
  %29 = icmp ult i32 %27, %28
  br i1 %29, label %16, label %30, !llvm.loop !32

30:                                               ; preds = %16, %9
  %31 = phi i32 [ 0, %9 ], [ %27, %16 ]
  %32 = icmp ult i32 %31, %11
  br i1 %32, label %33, label %52

33:                                               ; preds = %30
  %34 = getelementptr inbounds i8, ptr %0, i64 120
  %35 = load ptr, ptr %34, align 8, !tbaa !29
  %36 = zext i32 %31 to i64
  %37 = getelementptr inbounds %struct.pbh_mem, ptr %35, i64 %36
  %38 = load i64, ptr %37, align 8, !tbaa !33
  %39 = icmp ugt i64 %38, %1
  br i1 %39, label %52, label %40

40:                                               ; preds = %33
  %41 = getelementptr inbounds i8, ptr %37, i64 8
  %42 = load i64, ptr %41, align 8, !tbaa !30
  %43 = icmp ule i64 %42, %1
  %44 = icmp ugt i64 %7, %42
  %45 = or i1 %43, %44
  br i1 %45, label %52, label %46

46:                                               ; preds = %40
  %47 = getelementptr inbounds i8, ptr %37, i64 16
  %48 = load i32, ptr %47, align 8, !tbaa !34
  %49 = and i32 %48, %3
  %50 = icmp eq i32 %49, %3
  %51 = zext i1 %50 to i32
  br label %52

52:                                               ; preds = %40, %33, %30, %46, %6, %4
  %53 = phi i32 [ 1, %4 ], [ 0, %6 ], [ %51, %46 ], [ 0, %30 ], [ 0, %33 ], [ 0, %40 ]
  ret i32 %53
}

; Function Attrs: nofree norecurse nosync nounwind memory(read, argmem: readwrite, inaccessiblemem: none)
define dso_local range(i64 -34, 1) i64 @pbh_read_kernel(ptr nocapture noundef readonly %0, ptr nocapture noundef writeonly %1, i64 noundef %2, i64 noundef %3) local_unnamed_addr #6 {
  %5 = icmp eq i64 %2, 0
  br i1 %5, label %111, label %6

6:                                                ; preds = %4
  %7 = icmp ult i64 %3, 4096
  br i1 %7, label %111, label %8

8:                                                ; preds = %6
  %9 = getelementptr inbounds i8, ptr %0, i64 112
  %10 = load i32, ptr %9, align 8, !tbaa !28
  %11 = icmp eq i32 %10, 0
  br i1 %11, label %29, label %12

12:                                               ; preds = %8
  %13 = getelementptr inbounds i8, ptr %0, i64 120
  %14 = load ptr, ptr %13, align 8, !tbaa !29
  br label %15

15:                                               ; preds = %15, %12
  %16 = phi i32 [ %10, %12 ], [ %27, %15 ]
  %17 = phi i32 [ 0, %12 ], [ %26, %15 ]
  %18 = sub i32 %16, %17
  %19 = lshr i32 %18, 1
  %20 = add i32 %19, %17
  %21 = zext i32 %20 to i64
  %22 = getelementptr inbounds %struct.pbh_mem, ptr %14, i64 %21, i32 1
  %23 = load i64, ptr %22, align 8, !tbaa !30
  %24 = icmp ugt i64 %23, %3
  %25 = add i32 %20, 1
  %26 = select i1 %24, i32 %17, i32 %25
  %27 = select i1 %24, i32 %20, i32 %16
  %28 = icmp ult i32 %26, %27
  br i1 %28, label %15, label %29, !llvm.loop !32

29:                                               ; preds = %15, %8
  %30 = phi i32 [ 0, %8 ], [ %26, %15 ]
  %31 = icmp ult i32 %30, %10
  br i1 %31, label %32, label %48

32:                                               ; preds = %29
  %33 = getelementptr inbounds i8, ptr %0, i64 120
  %34 = load ptr, ptr %33, align 8, !tbaa !29
  %35 = zext i32 %30 to i64
  %36 = getelementptr inbounds %struct.pbh_mem, ptr %34, i64 %35
  %37 = load i64, ptr %36, align 8, !tbaa !33
  %38 = icmp ugt i64 %37, %3
  br i1 %38, label %48, label %39

39:                                               ; preds = %32
  %40 = getelementptr inbounds i8, ptr %36, i64 8
  %41 = load i64, ptr %40, align 8, !tbaa !30
  %42 = icmp ugt i64 %41, %3
  br i1 %42, label %43, label %48

43:                                               ; preds = %39
  %44 = getelementptr inbounds i8, ptr %36, i64 16
  %45 = load i32, ptr %44, align 8, !tbaa !34
  %46 = and i32 %45, 2
  %47 = icmp eq i32 %46, 0
  br i1 %47, label %48, label %111

48:                                               ; preds = %39, %32, %29, %43
  %49 = add i64 %3, %2
  %50 = icmp ult i64 %49, %3
  br i1 %50, label %111, label %51

51:                                               ; preds = %48
  br i1 %11, label %69, label %52

52:                                               ; preds = %51
  %53 = getelementptr inbounds i8, ptr %0, i64 120
  %54 = load ptr, ptr %53, align 8, !tbaa !29
  br label %55

55:                                               ; preds = %55, %52
  %56 = phi i32 [ %10, %52 ], [ %67, %55 ]
  %57 = phi i32 [ 0, %52 ], [ %66, %55 ]
  %58 = sub i32 %56, %57
  %59 = lshr i32 %58, 1
  %60 = add i32 %59, %57
  %61 = zext i32 %60 to i64
  %62 = getelementptr inbounds %struct.pbh_mem, ptr %54, i64 %61, i32 1
  %63 = load i64, ptr %62, align 8, !tbaa !30
  %64 = icmp ugt i64 %63, %3
  %65 = add i32 %60, 1
  %66 = select i1 %64, i32 %57, i32 %65
  %67 = select i1 %64, i32 %60, i32 %56
  %68 = icmp ult i32 %66, %67
  br i1 %68, label %55, label %69, !llvm.loop !32

69:                                               ; preds = %55, %51
  %70 = phi i32 [ 0, %51 ], [ %66, %55 ]
  %71 = icmp ult i32 %70, %10
  br i1 %71, label %72, label %111

72:                                               ; preds = %69
  %73 = getelementptr inbounds i8, ptr %0, i64 120
  %74 = load ptr, ptr %73, align 8, !tbaa !29
  %75 = zext i32 %70 to i64
  %76 = getelementptr inbounds %struct.pbh_mem, ptr %74, i64 %75
  %77 = load i64, ptr %76, align 8, !tbaa !33
  %78 = icmp ugt i64 %77, %3
  br i1 %78, label %111, label %79

79:                                               ; preds = %72
  %80 = getelementptr inbounds i8, ptr %76, i64 8
  %81 = load i64, ptr %80, align 8, !tbaa !30
  %82 = icmp ule i64 %81, %3
  %83 = icmp ugt i64 %49, %81
  %84 = or i1 %82, %83
  br i1 %84, label %111, label %85

85:                                               ; preds = %79
  %86 = getelementptr inbounds i8, ptr %76, i64 16
  %87 = load i32, ptr %86, align 8, !tbaa !34
  %88 = and i32 %87, 1
  %89 = icmp eq i32 %88, 0
  br i1 %89, label %111, label %90

90:                                               ; preds = %85
  %91 = inttoptr i64 %3 to ptr
  %92 = icmp ult i64 %2, 8
  br i1 %92, label %93, label %96

93:                                               ; preds = %96, %90
  %94 = phi i64 [ 0, %90 ], [ %97, %96 ]
  %95 = icmp ult i64 %94, %2
  br i1 %95, label %104, label %111

96:                                               ; preds = %90, %96
  %97 = phi i64 [ %102, %96 ], [ 8, %90 ]
  %98 = phi i64 [ %97, %96 ], [ 0, %90 ]
  %99 = getelementptr inbounds i8, ptr %1, i64 %98
  %100 = getelementptr inbounds i8, ptr %91, i64 %98
  %101 = load i64, ptr %100, align 1
  store i64 %101, ptr %99, align 1
  %102 = add nuw i64 %97, 8
  %103 = icmp ugt i64 %102, %2
  br i1 %103, label %93, label %96, !llvm.loop !35

104:                                              ; preds = %93, %104
  %105 = phi i64 [ %109, %104 ], [ %94, %93 ]
  %106 = getelementptr inbounds i8, ptr %91, i64 %105
  %107 = load i8, ptr %106, align 1, !tbaa !23
  %108 = getelementptr inbounds i8, ptr %1, i64 %105
  store i8 %107, ptr %108, align 1, !tbaa !23
  %109 = add nuw i64 %105, 1
  %110 = icmp eq i64 %109, %2
  br i1 %110, label %111, label %104, !llvm.loop !36

111:                                              ; preds = %104, %79, %72, %69, %48, %6, %93, %85, %43, %4
  %112 = phi i64 [ 0, %4 ], [ -34, %43 ], [ -14, %85 ], [ 0, %93 ], [ -34, %6 ], [ -14, %48 ], [ -14, %69 ], [ -14, %72 ], [ -14, %79 ], [ 0, %104 ]
  ret i64 %112
}

; Function Attrs: nofree norecurse nosync nounwind memory(read, argmem: readwrite, inaccessiblemem: none)
define dso_local range(i64 -14, 1) i64 @pbh_read_user(ptr nocapture noundef readonly %0, ptr nocapture noundef writeonly %1, i64 noundef %2, i64 noundef %3) local_unnamed_addr #6 {
  %5 = icmp eq i64 %2, 0
  br i1 %5, label %72, label %6

6:                                                ; preds = %4
  %7 = add i64 %3, %2
  %8 = icmp ult i64 %7, %3
  br i1 %8, label %72, label %9

9:                                                ; preds = %6
  %10 = getelementptr inbounds i8, ptr %0, i64 112
  %11 = load i32, ptr %10, align 8, !tbaa !28
  %12 = icmp eq i32 %11, 0
  br i1 %12, label %30, label %13

13:                                               ; preds = %9
  %14 = getelementptr inbounds i8, ptr %0, i64 120
  %15 = load ptr, ptr %14, align 8, !tbaa !29
  br label %16

16:                                               ; preds = %16, %13
  %17 = phi i32 [ %11, %13 ], [ %28, %16 ]
  %18 = phi i32 [ 0, %13 ], [ %27, %16 ]
  %19 = sub i32 %17, %18
  %20 = lshr i32 %19, 1
  %21 = add i32 %20, %18
  %22 = zext i32 %21 to i64
  %23 = getelementptr inbounds %struct.pbh_mem, ptr %15, i64 %22, i32 1
  %24 = load i64, ptr %23, align 8, !tbaa !30
  %25 = icmp ugt i64 %24, %3
  %26 = add i32 %21, 1
  %27 = select i1 %25, i32 %18, i32 %26
  %28 = select i1 %25, i32 %21, i32 %17
  %29 = icmp ult i32 %27, %28
  br i1 %29, label %16, label %30, !llvm.loop !32

30:                                               ; preds = %16, %9
  %31 = phi i32 [ 0, %9 ], [ %27, %16 ]
  %32 = icmp ult i32 %31, %11
  br i1 %32, label %33, label %72

33:                                               ; preds = %30
  %34 = getelementptr inbounds i8, ptr %0, i64 120
  %35 = load ptr, ptr %34, align 8, !tbaa !29
  %36 = zext i32 %31 to i64
  %37 = getelementptr inbounds %struct.pbh_mem, ptr %35, i64 %36
  %38 = load i64, ptr %37, align 8, !tbaa !33
  %39 = icmp ugt i64 %38, %3
  br i1 %39, label %72, label %40

40:                                               ; preds = %33
  %41 = getelementptr inbounds i8, ptr %37, i64 8
  %42 = load i64, ptr %41, align 8, !tbaa !30
  %43 = icmp ule i64 %42, %3
  %44 = icmp ugt i64 %7, %42
  %45 = or i1 %43, %44
  br i1 %45, label %72, label %46

46:                                               ; preds = %40
  %47 = getelementptr inbounds i8, ptr %37, i64 16
  %48 = load i32, ptr %47, align 8, !tbaa !34
  %49 = and i32 %48, 2
  %50 = icmp eq i32 %49, 0
  br i1 %50, label %72, label %51

51:                                               ; preds = %46
  %52 = inttoptr i64 %3 to ptr
  %53 = icmp ult i64 %2, 8
  br i1 %53, label %54, label %57

54:                                               ; preds = %57, %51
  %55 = phi i64 [ 0, %51 ], [ %58, %57 ]
  %56 = icmp ult i64 %55, %2
  br i1 %56, label %65, label %72

57:                                               ; preds = %51, %57
  %58 = phi i64 [ %63, %57 ], [ 8, %51 ]
  %59 = phi i64 [ %58, %57 ], [ 0, %51 ]
  %60 = getelementptr inbounds i8, ptr %1, i64 %59
  %61 = getelementptr inbounds i8, ptr %52, i64 %59
  %62 = load i64, ptr %61, align 1
  store i64 %62, ptr %60, align 1
  %63 = add nuw i64 %58, 8
  %64 = icmp ugt i64 %63, %2
  br i1 %64, label %54, label %57, !llvm.loop !35

65:                                               ; preds = %54, %65
  %66 = phi i64 [ %70, %65 ], [ %55, %54 ]
  %67 = getelementptr inbounds i8, ptr %52, i64 %66
  %68 = load i8, ptr %67, align 1, !tbaa !23
  %69 = getelementptr inbounds i8, ptr %1, i64 %66
  store i8 %68, ptr %69, align 1, !tbaa !23
  %70 = add nuw i64 %66, 1
  %71 = icmp eq i64 %70, %2
  br i1 %71, label %72, label %65, !llvm.loop !36

72:                                               ; preds = %65, %40, %33, %30, %6, %54, %46, %4
  %73 = phi i64 [ 0, %4 ], [ -14, %46 ], [ 0, %54 ], [ -14, %6 ], [ -14, %30 ], [ -14, %33 ], [ -14, %40 ], [ 0, %65 ]
  ret i64 %73
}

; Function Attrs: nofree norecurse nosync nounwind memory(readwrite, inaccessiblemem: none)
define dso_local i64 @pbh_read_str(ptr nocapture noundef readonly %0, ptr nocapture noundef writeonly %1, i64 noundef %2, i64 noundef %3, i32 noundef %4) local_unnamed_addr #7 {
  %6 = icmp eq i64 %2, 0
  br i1 %6, label %159, label %7

7:                                                ; preds = %5
  switch i32 %4, label %94 [
    i32 0, label %8
    i32 2, label %51
    i32 1, label %93
  ]

8:                                                ; preds = %7
  %9 = icmp ult i64 %3, 4096
  br i1 %9, label %93, label %10

10:                                               ; preds = %8
  %11 = getelementptr inbounds i8, ptr %0, i64 112
  %12 = load i32, ptr %11, align 8, !tbaa !28
  %13 = icmp eq i32 %12, 0
  br i1 %13, label %31, label %14

14:                                               ; preds = %10
  %15 = getelementptr inbounds i8, ptr %0, i64 120
  %16 = load ptr, ptr %15, align 8, !tbaa !29
  br label %17

17:                                               ; preds = %17, %14
  %18 = phi i32 [ %12, %14 ], [ %29, %17 ]
  %19 = phi i32 [ 0, %14 ], [ %28, %17 ]
  %20 = sub i32 %18, %19
  %21 = lshr i32 %20, 1
  %22 = add i32 %21, %19
  %23 = zext i32 %22 to i64
  %24 = getelementptr inbounds %struct.pbh_mem, ptr %16, i64 %23, i32 1
  %25 = load i64, ptr %24, align 8, !tbaa !30
  %26 = icmp ugt i64 %25, %3
  %27 = add i32 %22, 1
  %28 = select i1 %26, i32 %19, i32 %27
  %29 = select i1 %26, i32 %22, i32 %18
  %30 = icmp ult i32 %28, %29
  br i1 %30, label %17, label %31, !llvm.loop !32

31:                                               ; preds = %17, %10
  %32 = phi i32 [ 0, %10 ], [ %28, %17 ]
  %33 = icmp ult i32 %32, %12
  br i1 %33, label %34, label %51

34:                                               ; preds = %31
  %35 = getelementptr inbounds i8, ptr %0, i64 120
  %36 = load ptr, ptr %35, align 8, !tbaa !29
  %37 = zext i32 %32 to i64
  %38 = getelementptr inbounds %struct.pbh_mem, ptr %36, i64 %37
  %39 = load i64, ptr %38, align 8, !tbaa !33
  %40 = icmp ugt i64 %39, %3
  br i1 %40, label %51, label %41

41:                                               ; preds = %34
  %42 = getelementptr inbounds i8, ptr %38, i64 8
  %43 = load i64, ptr %42, align 8, !tbaa !30
  %44 = icmp ugt i64 %43, %3
  br i1 %44, label %45, label %51

45:                                               ; preds = %41
  %46 = getelementptr inbounds i8, ptr %38, i64 16
  %47 = load i32, ptr %46, align 8, !tbaa !34
  %48 = freeze i32 %47
  %49 = and i32 %48, 2
  %50 = icmp eq i32 %49, 0
  br i1 %50, label %51, label %93

51:                                               ; preds = %7, %41, %34, %31, %45
  %52 = icmp ult i64 %3, 4096
  br i1 %52, label %159, label %53

53:                                               ; preds = %51
  %54 = getelementptr inbounds i8, ptr %0, i64 112
  %55 = load i32, ptr %54, align 8, !tbaa !28
  %56 = icmp eq i32 %55, 0
  br i1 %56, label %74, label %57

57:                                               ; preds = %53
  %58 = getelementptr inbounds i8, ptr %0, i64 120
  %59 = load ptr, ptr %58, align 8, !tbaa !29
  br label %60

60:                                               ; preds = %60, %57
  %61 = phi i32 [ %55, %57 ], [ %72, %60 ]
  %62 = phi i32 [ 0, %57 ], [ %71, %60 ]
  %63 = sub i32 %61, %62
  %64 = lshr i32 %63, 1
  %65 = add i32 %64, %62
  %66 = zext i32 %65 to i64
  %67 = getelementptr inbounds %struct.pbh_mem, ptr %59, i64 %66, i32 1
  %68 = load i64, ptr %67, align 8, !tbaa !30
  %69 = icmp ugt i64 %68, %3
  %70 = add i32 %65, 1
  %71 = select i1 %69, i32 %62, i32 %70
  %72 = select i1 %69, i32 %65, i32 %61
  %73 = icmp ult i32 %71, %72
  br i1 %73, label %60, label %74, !llvm.loop !32

74:                                               ; preds = %60, %53
  %75 = phi i32 [ 0, %53 ], [ %71, %60 ]
  %76 = icmp ult i32 %75, %55
  br i1 %76, label %77, label %94

77:                                               ; preds = %74
  %78 = getelementptr inbounds i8, ptr %0, i64 120
  %79 = load ptr, ptr %78, align 8, !tbaa !29
  %80 = zext i32 %75 to i64
  %81 = getelementptr inbounds %struct.pbh_mem, ptr %79, i64 %80
  %82 = load i64, ptr %81, align 8, !tbaa !33
  %83 = icmp ugt i64 %82, %3
  br i1 %83, label %94, label %84

84:                                               ; preds = %77
  %85 = getelementptr inbounds i8, ptr %81, i64 8
  %86 = load i64, ptr %85, align 8, !tbaa !30
  %87 = icmp ugt i64 %86, %3
  br i1 %87, label %88, label %94

88:                                               ; preds = %84
  %89 = getelementptr inbounds i8, ptr %81, i64 16
  %90 = load i32, ptr %89, align 8, !tbaa !34
  %91 = and i32 %90, 2
  %92 = icmp eq i32 %91, 0
  br i1 %92, label %94, label %159

93:                                               ; preds = %7, %45, %8
  br label %94

94:                                               ; preds = %7, %84, %77, %74, %88, %93
  %95 = phi i32 [ -3, %93 ], [ -2, %88 ], [ -2, %74 ], [ -2, %77 ], [ -2, %84 ], [ -2, %7 ]
  %96 = getelementptr inbounds i8, ptr %0, i64 112
  %97 = getelementptr inbounds i8, ptr %0, i64 120
  %98 = tail call i64 @llvm.umax.i64(i64 %2, i64 1)
  br label %99

99:                                               ; preds = %94, %151
  %100 = phi i64 [ 0, %94 ], [ %150, %151 ]
  %101 = add i64 %100, %3
  %102 = add i64 %101, 1
  %103 = icmp eq i64 %101, -1
  br i1 %103, label %143, label %104

104:                                              ; preds = %99
  %105 = load i32, ptr %96, align 8, !tbaa !28
  %106 = icmp eq i32 %105, 0
  br i1 %106, label %123, label %107

107:                                              ; preds = %104
  %108 = load ptr, ptr %97, align 8, !tbaa !29
  br label %109

109:                                              ; preds = %109, %107
  %110 = phi i32 [ %105, %107 ], [ %121, %109 ]
  %111 = phi i32 [ 0, %107 ], [ %120, %109 ]
  %112 = sub i32 %110, %111
  %113 = lshr i32 %112, 1
  %114 = add i32 %113, %111
  %115 = zext i32 %114 to i64
  %116 = getelementptr inbounds %struct.pbh_mem, ptr %108, i64 %115, i32 1
  %117 = load i64, ptr %116, align 8, !tbaa !30
  %118 = icmp ugt i64 %117, %101
  %119 = add i32 %114, 1
  %120 = select i1 %118, i32 %111, i32 %119
  %121 = select i1 %118, i32 %114, i32 %110
  %122 = icmp ult i32 %120, %121
  br i1 %122, label %109, label %123, !llvm.loop !32

123:                                              ; preds = %109, %104
  %124 = phi i32 [ 0, %104 ], [ %120, %109 ]
  %125 = icmp ult i32 %124, %105
  br i1 %125, label %126, label %143

126:                                              ; preds = %123
  %127 = load ptr, ptr %97, align 8, !tbaa !29
  %128 = zext i32 %124 to i64
  %129 = getelementptr inbounds %struct.pbh_mem, ptr %127, i64 %128
  %130 = load i64, ptr %129, align 8, !tbaa !33
  %131 = icmp ugt i64 %130, %101
  br i1 %131, label %143, label %132

132:                                              ; preds = %126
  %133 = getelementptr inbounds i8, ptr %129, i64 8
  %134 = load i64, ptr %133, align 8, !tbaa !30
  %135 = icmp ule i64 %134, %101
  %136 = icmp ugt i64 %102, %134
  %137 = or i1 %135, %136
  br i1 %137, label %143, label %138

138:                                              ; preds = %132
  %139 = getelementptr inbounds i8, ptr %129, i64 16
  %140 = load i32, ptr %139, align 8, !tbaa !34
  %141 = or i32 %140, %95
  %142 = icmp eq i32 %141, -1
  br i1 %142, label %145, label %143

143:                                              ; preds = %138, %99, %123, %126, %132
  %144 = getelementptr inbounds i8, ptr %1, i64 %100
  br label %156

145:                                              ; preds = %138
  %146 = inttoptr i64 %101 to ptr
  %147 = load i8, ptr %146, align 1, !tbaa !23
  %148 = getelementptr inbounds i8, ptr %1, i64 %100
  store i8 %147, ptr %148, align 1, !tbaa !23
  %149 = icmp eq i8 %147, 0
  %150 = add nuw i64 %100, 1
  br i1 %149, label %159, label %151

151:                                              ; preds = %145
  %152 = icmp eq i64 %150, %98
  br i1 %152, label %153, label %99, !llvm.loop !37

153:                                              ; preds = %151
  %154 = getelementptr i8, ptr %1, i64 %2
  %155 = getelementptr i8, ptr %154, i64 -1
  br label %156

156:                                              ; preds = %153, %143
  %157 = phi ptr [ %144, %143 ], [ %155, %153 ]
  %158 = phi i64 [ -14, %143 ], [ %2, %153 ]
  store i8 0, ptr %157, align 1, !tbaa !23
  br label %159

159:                                              ; preds = %145, %156, %51, %88, %5
  %160 = phi i64 [ 0, %5 ], [ -34, %88 ], [ -34, %51 ], [ %158, %156 ], [ %150, %145 ]
  ret i64 %160
}

; Function Attrs: nofree norecurse nosync nounwind memory(read, argmem: readwrite, inaccessiblemem: none)
define dso_local i64 @pbh_probe_read(ptr nocapture noundef readonly %0, ptr nocapture noundef writeonly %1, i32 noundef %2, i64 noundef %3, i32 noundef %4) local_unnamed_addr #6 {
  switch i32 %4, label %118 [
    i32 0, label %6
    i32 1, label %49
  ]

6:                                                ; preds = %5
  %7 = icmp ult i64 %3, 4096
  br i1 %7, label %49, label %8

8:                                                ; preds = %6
  %9 = getelementptr inbounds i8, ptr %0, i64 112
  %10 = load i32, ptr %9, align 8, !tbaa !28
  %11 = icmp eq i32 %10, 0
  br i1 %11, label %29, label %12

12:                                               ; preds = %8
  %13 = getelementptr inbounds i8, ptr %0, i64 120
  %14 = load ptr, ptr %13, align 8, !tbaa !29
  br label %15

15:                                               ; preds = %15, %12
  %16 = phi i32 [ %10, %12 ], [ %27, %15 ]
  %17 = phi i32 [ 0, %12 ], [ %26, %15 ]
  %18 = sub i32 %16, %17
  %19 = lshr i32 %18, 1
  %20 = add i32 %19, %17
  %21 = zext i32 %20 to i64
  %22 = getelementptr inbounds %struct.pbh_mem, ptr %14, i64 %21, i32 1
  %23 = load i64, ptr %22, align 8, !tbaa !30
  %24 = icmp ugt i64 %23, %3
  %25 = add i32 %20, 1
  %26 = select i1 %24, i32 %17, i32 %25
  %27 = select i1 %24, i32 %20, i32 %16
  %28 = icmp ult i32 %26, %27
  br i1 %28, label %15, label %29, !llvm.loop !32

29:                                               ; preds = %15, %8
  %30 = phi i32 [ 0, %8 ], [ %26, %15 ]
  %31 = icmp ult i32 %30, %10
  br i1 %31, label %32, label %118

32:                                               ; preds = %29
  %33 = getelementptr inbounds i8, ptr %0, i64 120
  %34 = load ptr, ptr %33, align 8, !tbaa !29
  %35 = zext i32 %30 to i64
  %36 = getelementptr inbounds %struct.pbh_mem, ptr %34, i64 %35
  %37 = load i64, ptr %36, align 8, !tbaa !33
  %38 = icmp ugt i64 %37, %3
  br i1 %38, label %118, label %39

39:                                               ; preds = %32
  %40 = getelementptr inbounds i8, ptr %36, i64 8
  %41 = load i64, ptr %40, align 8, !tbaa !30
  %42 = icmp ugt i64 %41, %3
  br i1 %42, label %43, label %118

43:                                               ; preds = %39
  %44 = getelementptr inbounds i8, ptr %36, i64 16
  %45 = load i32, ptr %44, align 8, !tbaa !34
  %46 = freeze i32 %45
  %47 = and i32 %46, 2
  %48 = icmp eq i32 %47, 0
  br i1 %48, label %118, label %49

49:                                               ; preds = %5, %6, %43
  %50 = zext i32 %2 to i64
  %51 = icmp eq i32 %2, 0
  br i1 %51, label %140, label %52

52:                                               ; preds = %49
  %53 = add i64 %50, %3
  %54 = icmp ult i64 %53, %3
  br i1 %54, label %122, label %55

55:                                               ; preds = %52
  %56 = getelementptr inbounds i8, ptr %0, i64 112
  %57 = load i32, ptr %56, align 8, !tbaa !28
  %58 = icmp eq i32 %57, 0
  br i1 %58, label %76, label %59

59:                                               ; preds = %55
  %60 = getelementptr inbounds i8, ptr %0, i64 120
  %61 = load ptr, ptr %60, align 8, !tbaa !29
  br label %62

62:                                               ; preds = %62, %59
  %63 = phi i32 [ %57, %59 ], [ %74, %62 ]
  %64 = phi i32 [ 0, %59 ], [ %73, %62 ]
  %65 = sub i32 %63, %64
  %66 = lshr i32 %65, 1
  %67 = add i32 %66, %64
  %68 = zext i32 %67 to i64
  %69 = getelementptr inbounds %struct.pbh_mem, ptr %61, i64 %68, i32 1
  %70 = load i64, ptr %69, align 8, !tbaa !30
  %71 = icmp ugt i64 %70, %3
  %72 = add i32 %67, 1
  %73 = select i1 %71, i32 %64, i32 %72
  %74 = select i1 %71, i32 %67, i32 %63
  %75 = icmp ult i32 %73, %74
  br i1 %75, label %62, label %76, !llvm.loop !32

76:                                               ; preds = %62, %55
  %77 = phi i32 [ 0, %55 ], [ %73, %62 ]
  %78 = icmp ult i32 %77, %57
  br i1 %78, label %79, label %122

79:                                               ; preds = %76
  %80 = getelementptr inbounds i8, ptr %0, i64 120
  %81 = load ptr, ptr %80, align 8, !tbaa !29
  %82 = zext i32 %77 to i64
  %83 = getelementptr inbounds %struct.pbh_mem, ptr %81, i64 %82
  %84 = load i64, ptr %83, align 8, !tbaa !33
  %85 = icmp ugt i64 %84, %3
  br i1 %85, label %122, label %86

86:                                               ; preds = %79
  %87 = getelementptr inbounds i8, ptr %83, i64 8
  %88 = load i64, ptr %87, align 8, !tbaa !30
  %89 = icmp ule i64 %88, %3
  %90 = icmp ugt i64 %53, %88
  %91 = or i1 %89, %90
  br i1 %91, label %122, label %92

92:                                               ; preds = %86
  %93 = getelementptr inbounds i8, ptr %83, i64 16
  %94 = load i32, ptr %93, align 8, !tbaa !34
  %95 = and i32 %94, 2
  %96 = icmp eq i32 %95, 0
  br i1 %96, label %122, label %97

97:                                               ; preds = %92
  %98 = inttoptr i64 %3 to ptr
  %99 = icmp ult i32 %2, 8
  br i1 %99, label %100, label %103

100:                                              ; preds = %103, %97
  %101 = phi i64 [ 0, %97 ], [ %104, %103 ]
  %102 = icmp ult i64 %101, %50
  br i1 %102, label %111, label %140

103:                                              ; preds = %97, %103
  %104 = phi i64 [ %109, %103 ], [ 8, %97 ]
  %105 = phi i64 [ %104, %103 ], [ 0, %97 ]
  %106 = getelementptr inbounds i8, ptr %1, i64 %105
  %107 = getelementptr inbounds i8, ptr %98, i64 %105
  %108 = load i64, ptr %107, align 1
  store i64 %108, ptr %106, align 1
  %109 = add nuw nsw i64 %104, 8
  %110 = icmp ugt i64 %109, %50
  br i1 %110, label %100, label %103, !llvm.loop !35

111:                                              ; preds = %100, %111
  %112 = phi i64 [ %116, %111 ], [ %101, %100 ]
  %113 = getelementptr inbounds i8, ptr %98, i64 %112
  %114 = load i8, ptr %113, align 1, !tbaa !23
  %115 = getelementptr inbounds i8, ptr %1, i64 %112
  store i8 %114, ptr %115, align 1, !tbaa !23
  %116 = add nuw i64 %112, 1
  %117 = icmp eq i64 %116, %50
  br i1 %117, label %140, label %111, !llvm.loop !36

118:                                              ; preds = %5, %39, %32, %29, %43
  %119 = zext i32 %2 to i64
  %120 = tail call i64 @pbh_read_kernel(ptr noundef %0, ptr noundef %1, i64 noundef %119, i64 noundef %3) #14
  %121 = icmp slt i64 %120, 0
  br i1 %121, label %122, label %140

122:                                              ; preds = %86, %79, %76, %52, %92, %118
  %123 = phi i64 [ %50, %86 ], [ %50, %79 ], [ %50, %76 ], [ %50, %52 ], [ %50, %92 ], [ %119, %118 ]
  %124 = phi i64 [ -14, %86 ], [ -14, %79 ], [ -14, %76 ], [ -14, %52 ], [ -14, %92 ], [ %120, %118 ]
  %125 = icmp ult i32 %2, 8
  br i1 %125, label %126, label %129

126:                                              ; preds = %129, %122
  %127 = phi i64 [ 0, %122 ], [ %130, %129 ]
  %128 = icmp ult i64 %127, %123
  br i1 %128, label %135, label %140

129:                                              ; preds = %122, %129
  %130 = phi i64 [ %133, %129 ], [ 8, %122 ]
  %131 = phi i64 [ %130, %129 ], [ 0, %122 ]
  %132 = getelementptr inbounds i8, ptr %1, i64 %131
  store i64 0, ptr %132, align 1
  %133 = add nuw nsw i64 %130, 8
  %134 = icmp ugt i64 %133, %123
  br i1 %134, label %126, label %129, !llvm.loop !38

135:                                              ; preds = %126, %135
  %136 = phi i64 [ %138, %135 ], [ %127, %126 ]
  %137 = getelementptr inbounds i8, ptr %1, i64 %136
  store i8 0, ptr %137, align 1, !tbaa !23
  %138 = add nuw i64 %136, 1
  %139 = icmp eq i64 %138, %123
  br i1 %139, label %140, label %135, !llvm.loop !39

140:                                              ; preds = %111, %135, %100, %49, %126, %118
  %141 = phi i64 [ 0, %118 ], [ %124, %126 ], [ 0, %49 ], [ 0, %100 ], [ %124, %135 ], [ 0, %111 ]
  ret i64 %141
}

; Function Attrs: nofree norecurse nosync nounwind memory(readwrite, inaccessiblemem: none)
define dso_local i64 @pbh_probe_read_str(ptr nocapture noundef readonly %0, ptr nocapture noundef writeonly %1, i32 noundef %2, i64 noundef %3, i32 noundef %4) local_unnamed_addr #7 {
  %6 = zext i32 %2 to i64
  %7 = tail call i64 @pbh_read_str(ptr noundef %0, ptr noundef %1, i64 noundef %6, i64 noundef %3, i32 noundef %4) #14
  %8 = icmp slt i64 %7, 0
  br i1 %8, label %9, label %25

9:                                                ; preds = %5
  %10 = icmp ult i32 %2, 8
  br i1 %10, label %11, label %14

11:                                               ; preds = %14, %9
  %12 = phi i64 [ 0, %9 ], [ %15, %14 ]
  %13 = icmp ult i64 %12, %6
  br i1 %13, label %20, label %25

14:                                               ; preds = %9, %14
  %15 = phi i64 [ %18, %14 ], [ 8, %9 ]
  %16 = phi i64 [ %15, %14 ], [ 0, %9 ]
  %17 = getelementptr inbounds i8, ptr %1, i64 %16
  store i64 0, ptr %17, align 1
  %18 = add nuw nsw i64 %15, 8
  %19 = icmp ugt i64 %18, %6
  br i1 %19, label %11, label %14, !llvm.loop !38

20:                                               ; preds = %11, %20
  %21 = phi i64 [ %23, %20 ], [ %12, %11 ]
  %22 = getelementptr inbounds i8, ptr %1, i64 %21
  store i8 0, ptr %22, align 1, !tbaa !23
  %23 = add nuw i64 %21, 1
  %24 = icmp eq i64 %23, %6
  br i1 %24, label %25, label %20, !llvm.loop !39

25:                                               ; preds = %20, %11, %5
  ret i64 %7
}

; Function Attrs: nofree norecurse nosync nounwind memory(write, argmem: readwrite, inaccessiblemem: none)
define dso_local range(i64 -28, 1) i64 @pbh_log_append(ptr nocapture noundef %0, i32 noundef %1, ptr nocapture noundef readonly %2, i32 noundef %3, ptr nocapture noundef readonly %4, i32 noundef %5) local_unnamed_addr #8 {
  %7 = zext i32 %3 to i64
  %8 = zext i32 %5 to i64
  %9 = add nuw nsw i64 %8, %7
  %10 = add nuw nsw i64 %9, 7
  %11 = and i64 %10, 17179869176
  %12 = add nuw nsw i64 %11, 8
  %13 = load ptr, ptr %0, align 8, !tbaa !40
  %14 = icmp eq ptr %13, null
  br i1 %14, label %22, label %15

15:                                               ; preds = %6
  %16 = getelementptr inbounds i8, ptr %0, i64 16
  %17 = load i64, ptr %16, align 8, !tbaa !41
  %18 = add i64 %17, %12
  %19 = getelementptr inbounds i8, ptr %0, i64 8
  %20 = load i64, ptr %19, align 8, !tbaa !42
  %21 = icmp ugt i64 %18, %20
  br i1 %21, label %22, label %26

22:                                               ; preds = %15, %6
  %23 = getelementptr inbounds i8, ptr %0, i64 28
  %24 = load i32, ptr %23, align 4, !tbaa !43
  %25 = add i32 %24, 1
  store i32 %25, ptr %23, align 4, !tbaa !43
  br label %95

26:                                               ; preds = %15
  %27 = getelementptr inbounds i8, ptr %13, i64 %17
  %28 = add i32 %5, %3
  store i32 %28, ptr %27, align 1
  %29 = getelementptr inbounds i8, ptr %27, i64 4
  store i32 %1, ptr %29, align 1
  %30 = getelementptr inbounds i8, ptr %27, i64 8
  %31 = icmp ult i32 %3, 8
  br i1 %31, label %32, label %35

32:                                               ; preds = %35, %26
  %33 = phi i64 [ 0, %26 ], [ %36, %35 ]
  %34 = icmp ult i64 %33, %7
  br i1 %34, label %43, label %50

35:                                               ; preds = %26, %35
  %36 = phi i64 [ %41, %35 ], [ 8, %26 ]
  %37 = phi i64 [ %36, %35 ], [ 0, %26 ]
  %38 = getelementptr inbounds i8, ptr %30, i64 %37
  %39 = getelementptr inbounds i8, ptr %2, i64 %37
  %40 = load i64, ptr %39, align 1
  store i64 %40, ptr %38, align 1
  %41 = add nuw nsw i64 %36, 8
  %42 = icmp ugt i64 %41, %7
  br i1 %42, label %32, label %35, !llvm.loop !35

43:                                               ; preds = %32, %43
  %44 = phi i64 [ %48, %43 ], [ %33, %32 ]
  %45 = getelementptr inbounds i8, ptr %2, i64 %44
  %46 = load i8, ptr %45, align 1, !tbaa !23
  %47 = getelementptr inbounds i8, ptr %30, i64 %44
  store i8 %46, ptr %47, align 1, !tbaa !23
  %48 = add nuw i64 %44, 1
  %49 = icmp eq i64 %48, %7
  br i1 %49, label %50, label %43, !llvm.loop !36

50:                                               ; preds = %43, %32
  %51 = getelementptr inbounds i8, ptr %30, i64 %7
  %52 = icmp ult i32 %5, 8
  br i1 %52, label %53, label %56

53:                                               ; preds = %56, %50
  %54 = phi i64 [ 0, %50 ], [ %57, %56 ]
  %55 = icmp ult i64 %54, %8
  br i1 %55, label %64, label %71

56:                                               ; preds = %50, %56
  %57 = phi i64 [ %62, %56 ], [ 8, %50 ]
  %58 = phi i64 [ %57, %56 ], [ 0, %50 ]
  %59 = getelementptr inbounds i8, ptr %51, i64 %58
  %60 = getelementptr inbounds i8, ptr %4, i64 %58
  %61 = load i64, ptr %60, align 1
  store i64 %61, ptr %59, align 1
  %62 = add nuw nsw i64 %57, 8
  %63 = icmp ugt i64 %62, %8
  br i1 %63, label %53, label %56, !llvm.loop !35

64:                                               ; preds = %53, %64
  %65 = phi i64 [ %69, %64 ], [ %54, %53 ]
  %66 = getelementptr inbounds i8, ptr %4, i64 %65
  %67 = load i8, ptr %66, align 1, !tbaa !23
  %68 = getelementptr inbounds i8, ptr %51, i64 %65
  store i8 %67, ptr %68, align 1, !tbaa !23
  %69 = add nuw i64 %65, 1
  %70 = icmp eq i64 %69, %8
  br i1 %70, label %71, label %64, !llvm.loop !36

71:                                               ; preds = %64, %53
  %72 = getelementptr inbounds i8, ptr %51, i64 %8
  %73 = sub nsw i64 %11, %9
  %74 = icmp ult i64 %73, 8
  br i1 %74, label %75, label %78

75:                                               ; preds = %78, %71
  %76 = phi i64 [ 0, %71 ], [ %79, %78 ]
  %77 = icmp ult i64 %76, %73
  br i1 %77, label %84, label %89

78:                                               ; preds = %71, %78
  %79 = phi i64 [ %82, %78 ], [ 8, %71 ]
  %80 = phi i64 [ %79, %78 ], [ 0, %71 ]
  %81 = getelementptr inbounds i8, ptr %72, i64 %80
  store i64 0, ptr %81, align 1
  %82 = add nuw i64 %79, 8
  %83 = icmp ugt i64 %82, %73
  br i1 %83, label %75, label %78, !llvm.loop !38

84:                                               ; preds = %75, %84
  %85 = phi i64 [ %87, %84 ], [ %76, %75 ]
  %86 = getelementptr inbounds i8, ptr %72, i64 %85
  store i8 0, ptr %86, align 1, !tbaa !23
  %87 = add nuw i64 %85, 1
  %88 = icmp eq i64 %87, %73
  br i1 %88, label %89, label %84, !llvm.loop !39

89:                                               ; preds = %84, %75
  %90 = load i64, ptr %16, align 8, !tbaa !41
  %91 = add i64 %90, %12
  store i64 %91, ptr %16, align 8, !tbaa !41
  %92 = getelementptr inbounds i8, ptr %0, i64 24
  %93 = load i32, ptr %92, align 8, !tbaa !44
  %94 = add i32 %93, 1
  store i32 %94, ptr %92, align 8, !tbaa !44
  br label %95

95:                                               ; preds = %89, %22
  %96 = phi i64 [ -28, %22 ], [ 0, %89 ]
  ret i64 %96
}

; Function Attrs: nofree norecurse nounwind memory(argmem: readwrite)
define dso_local range(i64 -35, 1) i64 @pbh_spin_lock(ptr nocapture noundef %0) local_unnamed_addr #9 {
  br label %2

2:                                                ; preds = %9, %1
  %3 = phi i32 [ 0, %1 ], [ %10, %9 ]
  %4 = load atomic i32, ptr %0 monotonic, align 4
  %5 = icmp eq i32 %4, 0
  br i1 %5, label %6, label %9

6:                                                ; preds = %2
  %7 = atomicrmw xchg ptr %0, i32 1 acquire, align 4
  %8 = icmp eq i32 %7, 0
  br i1 %8, label %12, label %9

9:                                                ; preds = %6, %2
  %10 = add nuw nsw i32 %3, 1
  %11 = icmp eq i32 %10, 67108864
  br i1 %11, label %12, label %2, !llvm.loop !45

12:                                               ; preds = %6, %9
  %13 = phi i64 [ -35, %9 ], [ 0, %6 ]
  ret i64 %13
}

; Function Attrs: mustprogress nofree norecurse nounwind willreturn memory(argmem: readwrite)
define dso_local noundef i64 @pbh_spin_unlock(ptr nocapture noundef writeonly %0) local_unnamed_addr #10 {
  store atomic i32 0, ptr %0 release, align 4
  ret i64 0
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.umin.i32(i32, i32) #11

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.umax.i64(i64, i64) #11

attributes #0 = { nounwind "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" }
attributes #1 = { mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: readwrite) "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" }
attributes #2 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: read) "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" }
attributes #4 = { nofree norecurse nosync nounwind memory(argmem: readwrite) "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" }
attributes #5 = { nofree norecurse nosync nounwind memory(read, inaccessiblemem: none) "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" }
attributes #6 = { nofree norecurse nosync nounwind memory(read, argmem: readwrite, inaccessiblemem: none) "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" }
attributes #7 = { nofree norecurse nosync nounwind memory(readwrite, inaccessiblemem: none) "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" }
attributes #8 = { nofree norecurse nosync nounwind memory(write, argmem: readwrite, inaccessiblemem: none) "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" }
attributes #9 = { nofree norecurse nounwind memory(argmem: readwrite) "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" }
attributes #10 = { mustprogress nofree norecurse nounwind willreturn memory(argmem: readwrite) "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" }
attributes #11 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #12 = { nounwind }
attributes #13 = { nobuiltin nounwind "no-builtins" }
attributes #14 = { nobuiltin "no-builtins" }

!llvm.module.flags = !{!0, !1, !2}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{!4, !5, i64 4}
!4 = !{!"pbh_env", !5, i64 0, !5, i64 4, !5, i64 8, !5, i64 12, !8, i64 16, !8, i64 24, !6, i64 32, !6, i64 48, !8, i64 80, !9, i64 88, !6, i64 96, !5, i64 112, !5, i64 116, !9, i64 120, !9, i64 128, !9, i64 136, !10, i64 144, !11, i64 176, !11, i64 208, !5, i64 240, !5, i64 244}
!5 = !{!"int", !6, i64 0}
!6 = !{!"omnipotent char", !7, i64 0}
!7 = !{!"Simple C/C++ TBAA"}
!8 = !{!"long long", !6, i64 0}
!9 = !{!"any pointer", !6, i64 0}
!10 = !{!"pbh_redirect", !5, i64 0, !5, i64 4, !8, i64 8, !5, i64 16, !5, i64 20, !5, i64 24, !5, i64 28}
!11 = !{!"pbh_log", !9, i64 0, !8, i64 8, !8, i64 16, !5, i64 24, !5, i64 28}
!12 = !{!4, !9, i64 88}
!13 = !{!14, !8, i64 0}
!14 = !{!"pbh_timespec", !8, i64 0, !8, i64 8}
!15 = !{!14, !8, i64 8}
!16 = !{!8, !8, i64 0}
!17 = !{!4, !8, i64 80}
!18 = !{!5, !5, i64 0}
!19 = !{!4, !5, i64 8}
!20 = !{!4, !5, i64 12}
!21 = !{!4, !8, i64 16}
!22 = !{!4, !8, i64 24}
!23 = !{!6, !6, i64 0}
!24 = distinct !{!24, !25, !26}
!25 = !{!"llvm.loop.mustprogress"}
!26 = !{!"llvm.loop.unroll.disable"}
!27 = distinct !{!27, !25, !26}
!28 = !{!4, !5, i64 112}
!29 = !{!4, !9, i64 120}
!30 = !{!31, !8, i64 8}
!31 = !{!"pbh_mem", !8, i64 0, !8, i64 8, !5, i64 16, !5, i64 20}
!32 = distinct !{!32, !25, !26}
!33 = !{!31, !8, i64 0}
!34 = !{!31, !5, i64 16}
!35 = distinct !{!35, !25, !26}
!36 = distinct !{!36, !25, !26}
!37 = distinct !{!37, !25, !26}
!38 = distinct !{!38, !25, !26}
!39 = distinct !{!39, !25, !26}
!40 = !{!11, !9, i64 0}
!41 = !{!11, !8, i64 16}
!42 = !{!11, !8, i64 8}
!43 = !{!11, !5, i64 28}
!44 = !{!11, !5, i64 24}
!45 = distinct !{!45, !25, !26}
