; ModuleID = 'bloom.c'
source_filename = "bloom.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: read)
define dso_local i64 @pb_bloom_mem_size(ptr nocapture noundef readonly %0) local_unnamed_addr #0 {
  %2 = getelementptr inbounds i8, ptr %0, i64 40
  %3 = load i64, ptr %2, align 8, !tbaa !3
  %4 = trunc i64 %3 to i32
  %5 = and i32 %4, 15
  %6 = icmp eq i32 %5, 0
  %7 = select i1 %6, i32 5, i32 %5
  %8 = getelementptr inbounds i8, ptr %0, i64 12
  %9 = load i32, ptr %8, align 4, !tbaa !9
  %10 = zext i32 %9 to i64
  %11 = zext nneg i32 %7 to i64
  %12 = mul nuw nsw i64 %11, %10
  %13 = icmp ugt i64 %12, 4294967295
  br i1 %13, label %33, label %14

14:                                               ; preds = %1
  %15 = trunc nuw i64 %12 to i32
  %16 = udiv i32 %15, 5
  %17 = icmp ugt i64 %12, 1533916894
  br i1 %17, label %33, label %18

18:                                               ; preds = %14
  %19 = icmp ult i64 %12, 50
  br i1 %19, label %33, label %20

20:                                               ; preds = %18
  %21 = mul nuw i32 %16, 7
  br label %22

22:                                               ; preds = %22, %20
  %23 = phi i32 [ 1, %20 ], [ %25, %22 ]
  %24 = icmp ult i32 %23, %21
  %25 = shl nuw i32 %23, 1
  br i1 %24, label %22, label %26, !llvm.loop !10

26:                                               ; preds = %22
  %27 = zext i32 %23 to i64
  %28 = add nuw nsw i64 %27, 7
  %29 = lshr i64 %28, 3
  %30 = add nuw nsw i64 %29, 7
  %31 = and i64 %30, 2147483640
  %32 = add nuw nsw i64 %31, 128
  br label %33

33:                                               ; preds = %18, %26, %1, %14
  %34 = phi i64 [ 536871040, %14 ], [ 536871040, %1 ], [ %32, %26 ], [ 136, %18 ]
  ret i64 %34
}

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define dso_local noundef ptr @pb_bloom_init(ptr noundef returned %0, ptr nocapture noundef readonly %1) local_unnamed_addr #1 {
  %3 = getelementptr inbounds i8, ptr %1, i64 40
  %4 = load i64, ptr %3, align 8, !tbaa !3
  %5 = trunc i64 %4 to i32
  %6 = and i32 %5, 15
  %7 = icmp eq i32 %6, 0
  %8 = select i1 %7, i32 5, i32 %6
  %9 = getelementptr inbounds i8, ptr %1, i64 12
  %10 = load i32, ptr %9, align 4, !tbaa !9
  %11 = zext i32 %10 to i64
  %12 = zext nneg i32 %8 to i64
  %13 = mul nuw nsw i64 %12, %11
  %14 = icmp ugt i64 %13, 4294967295
  br i1 %14, label %37, label %15

15:                                               ; preds = %2
  %16 = trunc nuw i64 %13 to i32
  %17 = udiv i32 %16, 5
  %18 = icmp ugt i64 %13, 1533916894
  br i1 %18, label %37, label %19

19:                                               ; preds = %15
  %20 = icmp ult i64 %13, 50
  br i1 %20, label %29, label %21

21:                                               ; preds = %19
  %22 = mul nuw i32 %17, 7
  br label %23

23:                                               ; preds = %23, %21
  %24 = phi i32 [ 1, %21 ], [ %26, %23 ]
  %25 = icmp ult i32 %24, %22
  %26 = shl nuw i32 %24, 1
  br i1 %25, label %23, label %27, !llvm.loop !10

27:                                               ; preds = %23
  %28 = zext i32 %24 to i64
  br label %29

29:                                               ; preds = %27, %19
  %30 = phi i64 [ %28, %27 ], [ 64, %19 ]
  %31 = trunc nuw i64 %30 to i32
  %32 = add i32 %31, -1
  %33 = add nuw nsw i64 %30, 7
  %34 = lshr i64 %33, 3
  %35 = add nuw nsw i64 %34, 7
  %36 = and i64 %35, 2147483640
  br label %37

37:                                               ; preds = %29, %15, %2
  %38 = phi i32 [ %32, %29 ], [ -1, %15 ], [ -1, %2 ]
  %39 = phi i64 [ %36, %29 ], [ 536870912, %15 ], [ 536870912, %2 ]
  %40 = icmp eq ptr %0, null
  br i1 %40, label %81, label %41

41:                                               ; preds = %37
  %42 = getelementptr inbounds i8, ptr %0, i64 128
  store i32 1346522448, ptr %0, align 8, !tbaa !13
  %43 = load i32, ptr %1, align 8, !tbaa !16
  %44 = getelementptr inbounds i8, ptr %0, i64 4
  store i32 %43, ptr %44, align 4, !tbaa !17
  %45 = getelementptr inbounds i8, ptr %1, i64 4
  %46 = load i32, ptr %45, align 4, !tbaa !18
  %47 = getelementptr inbounds i8, ptr %0, i64 8
  store i32 %46, ptr %47, align 8, !tbaa !19
  %48 = getelementptr inbounds i8, ptr %1, i64 8
  %49 = load i32, ptr %48, align 8, !tbaa !20
  %50 = getelementptr inbounds i8, ptr %0, i64 12
  store i32 %49, ptr %50, align 4, !tbaa !21
  %51 = getelementptr inbounds i8, ptr %0, i64 16
  store i32 %10, ptr %51, align 8, !tbaa !22
  %52 = getelementptr inbounds i8, ptr %1, i64 16
  %53 = load i32, ptr %52, align 8, !tbaa !23
  %54 = getelementptr inbounds i8, ptr %0, i64 20
  store i32 %53, ptr %54, align 4, !tbaa !24
  %55 = getelementptr inbounds i8, ptr %1, i64 20
  %56 = load i32, ptr %55, align 4, !tbaa !25
  %57 = getelementptr inbounds i8, ptr %0, i64 24
  store i32 %56, ptr %57, align 8, !tbaa !26
  %58 = getelementptr inbounds i8, ptr %1, i64 24
  %59 = load i32, ptr %58, align 8, !tbaa !27
  %60 = tail call i32 @llvm.umax.i32(i32 %59, i32 1)
  %61 = getelementptr inbounds i8, ptr %0, i64 28
  store i32 %60, ptr %61, align 4, !tbaa !28
  %62 = add i32 %49, 7
  %63 = and i32 %62, -8
  %64 = getelementptr inbounds i8, ptr %0, i64 32
  store i32 %63, ptr %64, align 8, !tbaa !29
  %65 = getelementptr inbounds i8, ptr %1, i64 32
  %66 = load i32, ptr %65, align 8, !tbaa !30
  %67 = getelementptr inbounds i8, ptr %0, i64 36
  store i32 %66, ptr %67, align 4, !tbaa !31
  %68 = getelementptr inbounds i8, ptr %0, i64 40
  store i32 0, ptr %68, align 8, !tbaa !32
  %69 = getelementptr inbounds i8, ptr %0, i64 44
  store i32 5, ptr %69, align 4, !tbaa !33
  %70 = getelementptr inbounds i8, ptr %0, i64 48
  store i64 %4, ptr %70, align 8, !tbaa !34
  %71 = getelementptr inbounds i8, ptr %0, i64 72
  store i32 0, ptr %71, align 8, !tbaa !35
  %72 = getelementptr inbounds i8, ptr %0, i64 56
  store ptr %42, ptr %72, align 8, !tbaa !36
  %73 = getelementptr inbounds i8, ptr %0, i64 64
  store i64 %39, ptr %73, align 8, !tbaa !38
  %74 = getelementptr inbounds i8, ptr %0, i64 76
  store i32 0, ptr %74, align 4, !tbaa !39
  %75 = getelementptr inbounds i8, ptr %0, i64 80
  store i32 %38, ptr %75, align 8, !tbaa !40
  %76 = getelementptr inbounds i8, ptr %1, i64 28
  %77 = load i32, ptr %76, align 4, !tbaa !41
  %78 = getelementptr inbounds i8, ptr %0, i64 84
  store i32 %77, ptr %78, align 4, !tbaa !42
  %79 = getelementptr inbounds i8, ptr %0, i64 88
  store i32 %8, ptr %79, align 8, !tbaa !43
  %80 = getelementptr inbounds i8, ptr %0, i64 96
  store ptr %42, ptr %80, align 8, !tbaa !44
  br label %81

81:                                               ; preds = %37, %41
  ret ptr %0
}

; Function Attrs: nofree norecurse nosync nounwind memory(read, inaccessiblemem: none)
define dso_local noundef i64 @pb_bloom_peek(ptr nocapture noundef readonly %0, ptr nocapture noundef readonly %1) local_unnamed_addr #2 {
  %3 = getelementptr inbounds i8, ptr %0, i64 88
  %4 = load i32, ptr %3, align 8, !tbaa !43
  %5 = icmp eq i32 %4, 0
  br i1 %5, label %24, label %6

6:                                                ; preds = %2
  %7 = getelementptr inbounds i8, ptr %0, i64 96
  br label %11

8:                                                ; preds = %11
  %9 = add nuw i32 %12, 1
  %10 = icmp eq i32 %9, %4
  br i1 %10, label %24, label %11, !llvm.loop !45

11:                                               ; preds = %6, %8
  %12 = phi i32 [ 0, %6 ], [ %9, %8 ]
  %13 = tail call fastcc i32 @bloom_hash(ptr noundef nonnull %0, ptr noundef %1, i32 noundef %12) #6
  %14 = load ptr, ptr %7, align 8, !tbaa !44
  %15 = lshr i32 %13, 6
  %16 = zext nneg i32 %15 to i64
  %17 = getelementptr inbounds i64, ptr %14, i64 %16
  %18 = load i64, ptr %17, align 8, !tbaa !46
  %19 = and i32 %13, 63
  %20 = zext nneg i32 %19 to i64
  %21 = shl nuw i64 1, %20
  %22 = and i64 %21, %18
  %23 = icmp eq i64 %22, 0
  br i1 %23, label %24, label %8

24:                                               ; preds = %11, %8, %2
  %25 = phi i64 [ 0, %2 ], [ 0, %8 ], [ -2, %11 ]
  ret i64 %25
}

; Function Attrs: inlinehint nofree norecurse nosync nounwind memory(read, inaccessiblemem: none)
define internal fastcc i32 @bloom_hash(ptr nocapture noundef readonly %0, ptr nocapture noundef readonly %1, i32 noundef %2) unnamed_addr #3 {
  %4 = getelementptr inbounds i8, ptr %0, i64 12
  %5 = load i32, ptr %4, align 4, !tbaa !47
  %6 = getelementptr inbounds i8, ptr %0, i64 84
  %7 = load i32, ptr %6, align 4, !tbaa !42
  %8 = add i32 %7, %2
  %9 = and i32 %5, 3
  %10 = icmp eq i32 %9, 0
  br i1 %10, label %11, label %99

11:                                               ; preds = %3
  %12 = lshr exact i32 %5, 2
  %13 = add i32 %5, -559038737
  %14 = add i32 %13, %8
  %15 = icmp ugt i32 %5, 12
  br i1 %15, label %16, label %57

16:                                               ; preds = %11, %16
  %17 = phi i32 [ %52, %16 ], [ %14, %11 ]
  %18 = phi i32 [ %53, %16 ], [ %14, %11 ]
  %19 = phi i32 [ %49, %16 ], [ %14, %11 ]
  %20 = phi ptr [ %55, %16 ], [ %1, %11 ]
  %21 = phi i32 [ %54, %16 ], [ %12, %11 ]
  %22 = load i32, ptr %20, align 1
  %23 = add i32 %22, %19
  %24 = getelementptr inbounds i8, ptr %20, i64 4
  %25 = load i32, ptr %24, align 1
  %26 = add i32 %25, %18
  %27 = getelementptr inbounds i8, ptr %20, i64 8
  %28 = load i32, ptr %27, align 1
  %29 = add i32 %28, %17
  %30 = sub i32 %23, %29
  %31 = tail call noundef i32 @llvm.fshl.i32(i32 %29, i32 %29, i32 4)
  %32 = xor i32 %30, %31
  %33 = add i32 %29, %26
  %34 = sub i32 %26, %32
  %35 = tail call noundef i32 @llvm.fshl.i32(i32 %32, i32 %32, i32 6)
  %36 = xor i32 %34, %35
  %37 = add i32 %32, %33
  %38 = sub i32 %33, %36
  %39 = tail call noundef i32 @llvm.fshl.i32(i32 %36, i32 %36, i32 8)
  %40 = xor i32 %38, %39
  %41 = add i32 %36, %37
  %42 = sub i32 %37, %40
  %43 = tail call noundef i32 @llvm.fshl.i32(i32 %40, i32 %40, i32 16)
  %44 = xor i32 %42, %43
  %45 = add i32 %40, %41
  %46 = sub i32 %41, %44
  %47 = tail call noundef i32 @llvm.fshl.i32(i32 %44, i32 %44, i32 19)
  %48 = xor i32 %46, %47
  %49 = add i32 %44, %45
  %50 = sub i32 %45, %48
  %51 = tail call noundef i32 @llvm.fshl.i32(i32 %48, i32 %48, i32 4)
  %52 = xor i32 %50, %51
  %53 = add i32 %48, %49
  %54 = add nsw i32 %21, -3
  %55 = getelementptr inbounds i8, ptr %20, i64 12
  %56 = icmp ugt i32 %54, 3
  br i1 %56, label %16, label %57, !llvm.loop !48

57:                                               ; preds = %16, %11
  %58 = phi i32 [ %12, %11 ], [ %54, %16 ]
  %59 = phi ptr [ %1, %11 ], [ %55, %16 ]
  %60 = phi i32 [ %14, %11 ], [ %49, %16 ]
  %61 = phi i32 [ %14, %11 ], [ %53, %16 ]
  %62 = phi i32 [ %14, %11 ], [ %52, %16 ]
  switch i32 %58, label %98 [
    i32 3, label %63
    i32 2, label %67
    i32 1, label %72
    i32 0, label %261
  ]

63:                                               ; preds = %57
  %64 = getelementptr inbounds i8, ptr %59, i64 8
  %65 = load i32, ptr %64, align 1
  %66 = add i32 %65, %62
  br label %67

67:                                               ; preds = %63, %57
  %68 = phi i32 [ %62, %57 ], [ %66, %63 ]
  %69 = getelementptr inbounds i8, ptr %59, i64 4
  %70 = load i32, ptr %69, align 1
  %71 = add i32 %70, %61
  br label %72

72:                                               ; preds = %67, %57
  %73 = phi i32 [ %61, %57 ], [ %71, %67 ]
  %74 = phi i32 [ %62, %57 ], [ %68, %67 ]
  %75 = load i32, ptr %59, align 1
  %76 = add i32 %75, %60
  %77 = xor i32 %74, %73
  %78 = tail call noundef i32 @llvm.fshl.i32(i32 %73, i32 %73, i32 14)
  %79 = sub i32 %77, %78
  %80 = xor i32 %76, %79
  %81 = tail call noundef i32 @llvm.fshl.i32(i32 %79, i32 %79, i32 11)
  %82 = sub i32 %80, %81
  %83 = xor i32 %82, %73
  %84 = tail call noundef i32 @llvm.fshl.i32(i32 %82, i32 %82, i32 25)
  %85 = sub i32 %83, %84
  %86 = xor i32 %85, %79
  %87 = tail call noundef i32 @llvm.fshl.i32(i32 %85, i32 %85, i32 16)
  %88 = sub i32 %86, %87
  %89 = xor i32 %88, %82
  %90 = tail call noundef i32 @llvm.fshl.i32(i32 %88, i32 %88, i32 4)
  %91 = sub i32 %89, %90
  %92 = xor i32 %91, %85
  %93 = tail call noundef i32 @llvm.fshl.i32(i32 %91, i32 %91, i32 14)
  %94 = sub i32 %92, %93
  %95 = xor i32 %94, %88
  %96 = tail call noundef i32 @llvm.fshl.i32(i32 %94, i32 %94, i32 24)
  %97 = sub i32 %95, %96
  br label %261

98:                                               ; preds = %57
  unreachable

99:                                               ; preds = %3
  %100 = add i32 %5, -559038737
  %101 = add i32 %100, %8
  %102 = icmp ugt i32 %5, 12
  br i1 %102, label %103, label %144

103:                                              ; preds = %99, %103
  %104 = phi i32 [ %139, %103 ], [ %101, %99 ]
  %105 = phi i32 [ %140, %103 ], [ %101, %99 ]
  %106 = phi i32 [ %136, %103 ], [ %101, %99 ]
  %107 = phi ptr [ %142, %103 ], [ %1, %99 ]
  %108 = phi i32 [ %141, %103 ], [ %5, %99 ]
  %109 = load i32, ptr %107, align 1
  %110 = add i32 %109, %106
  %111 = getelementptr inbounds i8, ptr %107, i64 4
  %112 = load i32, ptr %111, align 1
  %113 = add i32 %112, %105
  %114 = getelementptr inbounds i8, ptr %107, i64 8
  %115 = load i32, ptr %114, align 1
  %116 = add i32 %115, %104
  %117 = sub i32 %110, %116
  %118 = tail call noundef i32 @llvm.fshl.i32(i32 %116, i32 %116, i32 4)
  %119 = xor i32 %117, %118
  %120 = add i32 %116, %113
  %121 = sub i32 %113, %119
  %122 = tail call noundef i32 @llvm.fshl.i32(i32 %119, i32 %119, i32 6)
  %123 = xor i32 %121, %122
  %124 = add i32 %119, %120
  %125 = sub i32 %120, %123
  %126 = tail call noundef i32 @llvm.fshl.i32(i32 %123, i32 %123, i32 8)
  %127 = xor i32 %125, %126
  %128 = add i32 %123, %124
  %129 = sub i32 %124, %127
  %130 = tail call noundef i32 @llvm.fshl.i32(i32 %127, i32 %127, i32 16)
  %131 = xor i32 %129, %130
  %132 = add i32 %127, %128
  %133 = sub i32 %128, %131
  %134 = tail call noundef i32 @llvm.fshl.i32(i32 %131, i32 %131, i32 19)
  %135 = xor i32 %133, %134
  %136 = add i32 %131, %132
  %137 = sub i32 %132, %135
  %138 = tail call noundef i32 @llvm.fshl.i32(i32 %135, i32 %135, i32 4)
  %139 = xor i32 %137, %138
  %140 = add i32 %135, %136
  %141 = add i32 %108, -12
  %142 = getelementptr inbounds i8, ptr %107, i64 12
  %143 = icmp ugt i32 %141, 12
  br i1 %143, label %103, label %144, !llvm.loop !49

144:                                              ; preds = %103, %99
  %145 = phi i32 [ %5, %99 ], [ %141, %103 ]
  %146 = phi ptr [ %1, %99 ], [ %142, %103 ]
  %147 = phi i32 [ %101, %99 ], [ %136, %103 ]
  %148 = phi i32 [ %101, %99 ], [ %140, %103 ]
  %149 = phi i32 [ %101, %99 ], [ %139, %103 ]
  switch i32 %145, label %260 [
    i32 12, label %150
    i32 11, label %156
    i32 10, label %163
    i32 9, label %170
    i32 8, label %176
    i32 7, label %183
    i32 6, label %191
    i32 5, label %199
    i32 4, label %206
    i32 3, label %214
    i32 2, label %223
    i32 1, label %232
  ]

150:                                              ; preds = %144
  %151 = getelementptr inbounds i8, ptr %146, i64 11
  %152 = load i8, ptr %151, align 1, !tbaa !50
  %153 = zext i8 %152 to i32
  %154 = shl nuw i32 %153, 24
  %155 = add i32 %154, %149
  br label %156

156:                                              ; preds = %150, %144
  %157 = phi i32 [ %149, %144 ], [ %155, %150 ]
  %158 = getelementptr inbounds i8, ptr %146, i64 10
  %159 = load i8, ptr %158, align 1, !tbaa !50
  %160 = zext i8 %159 to i32
  %161 = shl nuw nsw i32 %160, 16
  %162 = add i32 %161, %157
  br label %163

163:                                              ; preds = %156, %144
  %164 = phi i32 [ %149, %144 ], [ %162, %156 ]
  %165 = getelementptr inbounds i8, ptr %146, i64 9
  %166 = load i8, ptr %165, align 1, !tbaa !50
  %167 = zext i8 %166 to i32
  %168 = shl nuw nsw i32 %167, 8
  %169 = add i32 %168, %164
  br label %170

170:                                              ; preds = %163, %144
  %171 = phi i32 [ %149, %144 ], [ %169, %163 ]
  %172 = getelementptr inbounds i8, ptr %146, i64 8
  %173 = load i8, ptr %172, align 1, !tbaa !50
  %174 = zext i8 %173 to i32
  %175 = add i32 %171, %174
  br label %176

176:                                              ; preds = %170, %144
  %177 = phi i32 [ %149, %144 ], [ %175, %170 ]
  %178 = getelementptr inbounds i8, ptr %146, i64 7
  %179 = load i8, ptr %178, align 1, !tbaa !50
  %180 = zext i8 %179 to i32
  %181 = shl nuw i32 %180, 24
  %182 = add i32 %181, %148
  br label %183

183:                                              ; preds = %176, %144
  %184 = phi i32 [ %148, %144 ], [ %182, %176 ]
  %185 = phi i32 [ %149, %144 ], [ %177, %176 ]
  %186 = getelementptr inbounds i8, ptr %146, i64 6
  %187 = load i8, ptr %186, align 1, !tbaa !50
  %188 = zext i8 %187 to i32
  %189 = shl nuw nsw i32 %188, 16
  %190 = add i32 %189, %184
  br label %191

191:                                              ; preds = %183, %144
  %192 = phi i32 [ %148, %144 ], [ %190, %183 ]
  %193 = phi i32 [ %149, %144 ], [ %185, %183 ]
  %194 = getelementptr inbounds i8, ptr %146, i64 5
  %195 = load i8, ptr %194, align 1, !tbaa !50
  %196 = zext i8 %195 to i32
  %197 = shl nuw nsw i32 %196, 8
  %198 = add i32 %197, %192
  br label %199

199:                                              ; preds = %191, %144
  %200 = phi i32 [ %148, %144 ], [ %198, %191 ]
  %201 = phi i32 [ %149, %144 ], [ %193, %191 ]
  %202 = getelementptr inbounds i8, ptr %146, i64 4
  %203 = load i8, ptr %202, align 1, !tbaa !50
  %204 = zext i8 %203 to i32
  %205 = add i32 %200, %204
  br label %206

206:                                              ; preds = %199, %144
  %207 = phi i32 [ %148, %144 ], [ %205, %199 ]
  %208 = phi i32 [ %149, %144 ], [ %201, %199 ]
  %209 = getelementptr inbounds i8, ptr %146, i64 3
  %210 = load i8, ptr %209, align 1, !tbaa !50
  %211 = zext i8 %210 to i32
  %212 = shl nuw i32 %211, 24
  %213 = add i32 %212, %147
  br label %214

214:                                              ; preds = %206, %144
  %215 = phi i32 [ %147, %144 ], [ %213, %206 ]
  %216 = phi i32 [ %148, %144 ], [ %207, %206 ]
  %217 = phi i32 [ %149, %144 ], [ %208, %206 ]
  %218 = getelementptr inbounds i8, ptr %146, i64 2
  %219 = load i8, ptr %218, align 1, !tbaa !50
  %220 = zext i8 %219 to i32
  %221 = shl nuw nsw i32 %220, 16
  %222 = add i32 %221, %215
  br label %223

223:                                              ; preds = %214, %144
  %224 = phi i32 [ %147, %144 ], [ %222, %214 ]
  %225 = phi i32 [ %148, %144 ], [ %216, %214 ]
  %226 = phi i32 [ %149, %144 ], [ %217, %214 ]
  %227 = getelementptr inbounds i8, ptr %146, i64 1
  %228 = load i8, ptr %227, align 1, !tbaa !50
  %229 = zext i8 %228 to i32
  %230 = shl nuw nsw i32 %229, 8
  %231 = add i32 %230, %224
  br label %232

232:                                              ; preds = %223, %144
  %233 = phi i32 [ %147, %144 ], [ %231, %223 ]
  %234 = phi i32 [ %148, %144 ], [ %225, %223 ]
  %235 = phi i32 [ %149, %144 ], [ %226, %223 ]
  %236 = load i8, ptr %146, align 1, !tbaa !50
  %237 = zext i8 %236 to i32
  %238 = add i32 %233, %237
  %239 = xor i32 %235, %234
  %240 = tail call noundef i32 @llvm.fshl.i32(i32 %234, i32 %234, i32 14)
  %241 = sub i32 %239, %240
  %242 = xor i32 %238, %241
  %243 = tail call noundef i32 @llvm.fshl.i32(i32 %241, i32 %241, i32 11)
  %244 = sub i32 %242, %243
  %245 = xor i32 %244, %234
  %246 = tail call noundef i32 @llvm.fshl.i32(i32 %244, i32 %244, i32 25)
  %247 = sub i32 %245, %246
  %248 = xor i32 %247, %241
  %249 = tail call noundef i32 @llvm.fshl.i32(i32 %247, i32 %247, i32 16)
  %250 = sub i32 %248, %249
  %251 = xor i32 %250, %244
  %252 = tail call noundef i32 @llvm.fshl.i32(i32 %250, i32 %250, i32 4)
  %253 = sub i32 %251, %252
  %254 = xor i32 %253, %247
  %255 = tail call noundef i32 @llvm.fshl.i32(i32 %253, i32 %253, i32 14)
  %256 = sub i32 %254, %255
  %257 = xor i32 %256, %250
  %258 = tail call noundef i32 @llvm.fshl.i32(i32 %256, i32 %256, i32 24)
  %259 = sub i32 %257, %258
  br label %261

260:                                              ; preds = %144
  unreachable

261:                                              ; preds = %57, %72, %232
  %262 = phi i32 [ %62, %57 ], [ %97, %72 ], [ %259, %232 ]
  %263 = getelementptr inbounds i8, ptr %0, i64 80
  %264 = load i32, ptr %263, align 8, !tbaa !40
  %265 = and i32 %264, %262
  ret i32 %265
}

; Function Attrs: nofree norecurse nosync nounwind memory(readwrite, inaccessiblemem: none)
define dso_local range(i64 -22, 1) i64 @pb_bloom_push(ptr nocapture noundef readonly %0, ptr nocapture noundef readonly %1, i64 noundef %2) local_unnamed_addr #4 {
  %4 = icmp eq i64 %2, 0
  br i1 %4, label %5, label %25

5:                                                ; preds = %3
  %6 = getelementptr inbounds i8, ptr %0, i64 88
  %7 = load i32, ptr %6, align 8, !tbaa !43
  %8 = icmp eq i32 %7, 0
  br i1 %8, label %25, label %9

9:                                                ; preds = %5
  %10 = getelementptr inbounds i8, ptr %0, i64 96
  br label %11

11:                                               ; preds = %9, %11
  %12 = phi i32 [ 0, %9 ], [ %23, %11 ]
  %13 = tail call fastcc i32 @bloom_hash(ptr noundef nonnull %0, ptr noundef %1, i32 noundef %12) #6
  %14 = and i32 %13, 63
  %15 = zext nneg i32 %14 to i64
  %16 = shl nuw i64 1, %15
  %17 = load ptr, ptr %10, align 8, !tbaa !44
  %18 = lshr i32 %13, 6
  %19 = zext nneg i32 %18 to i64
  %20 = getelementptr inbounds i64, ptr %17, i64 %19
  %21 = load i64, ptr %20, align 8, !tbaa !46
  %22 = or i64 %16, %21
  store i64 %22, ptr %20, align 8, !tbaa !46
  %23 = add nuw i32 %12, 1
  %24 = icmp eq i32 %23, %7
  br i1 %24, label %25, label %11, !llvm.loop !51

25:                                               ; preds = %11, %5, %3
  %26 = phi i64 [ -22, %3 ], [ 0, %5 ], [ 0, %11 ]
  ret i64 %26
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.fshl.i32(i32, i32, i32) #5

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.umax.i32(i32, i32) #5

attributes #0 = { nofree norecurse nosync nounwind memory(argmem: read) "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" }
attributes #1 = { nofree norecurse nosync nounwind memory(argmem: readwrite) "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" }
attributes #2 = { nofree norecurse nosync nounwind memory(read, inaccessiblemem: none) "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" }
attributes #3 = { inlinehint nofree norecurse nosync nounwind memory(read, inaccessiblemem: none) "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" }
attributes #4 = { nofree norecurse nosync nounwind memory(readwrite, inaccessiblemem: none) "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" }
attributes #5 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #6 = { nobuiltin "no-builtins" }

!llvm.module.flags = !{!0, !1, !2}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{!4, !8, i64 40}
!4 = !{!"pb_params", !5, i64 0, !5, i64 4, !5, i64 8, !5, i64 12, !5, i64 16, !5, i64 20, !5, i64 24, !5, i64 28, !5, i64 32, !5, i64 36, !8, i64 40, !5, i64 48, !5, i64 52}
!5 = !{!"int", !6, i64 0}
!6 = !{!"omnipotent char", !7, i64 0}
!7 = !{!"Simple C/C++ TBAA"}
!8 = !{!"long long", !6, i64 0}
!9 = !{!4, !5, i64 12}
!10 = distinct !{!10, !11, !12}
!11 = !{!"llvm.loop.mustprogress"}
!12 = !{!"llvm.loop.unroll.disable"}
!13 = !{!14, !5, i64 0}
!14 = !{!"pb_map", !5, i64 0, !5, i64 4, !5, i64 8, !5, i64 12, !5, i64 16, !5, i64 20, !5, i64 24, !5, i64 28, !5, i64 32, !5, i64 36, !5, i64 40, !5, i64 44, !8, i64 48, !15, i64 56, !8, i64 64, !5, i64 72, !5, i64 76}
!15 = !{!"any pointer", !6, i64 0}
!16 = !{!4, !5, i64 0}
!17 = !{!14, !5, i64 4}
!18 = !{!4, !5, i64 4}
!19 = !{!14, !5, i64 8}
!20 = !{!4, !5, i64 8}
!21 = !{!14, !5, i64 12}
!22 = !{!14, !5, i64 16}
!23 = !{!4, !5, i64 16}
!24 = !{!14, !5, i64 20}
!25 = !{!4, !5, i64 20}
!26 = !{!14, !5, i64 24}
!27 = !{!4, !5, i64 24}
!28 = !{!14, !5, i64 28}
!29 = !{!14, !5, i64 32}
!30 = !{!4, !5, i64 32}
!31 = !{!14, !5, i64 36}
!32 = !{!14, !5, i64 40}
!33 = !{!14, !5, i64 44}
!34 = !{!14, !8, i64 48}
!35 = !{!14, !5, i64 72}
!36 = !{!37, !15, i64 56}
!37 = !{!"pb_bloom", !14, i64 0, !5, i64 80, !5, i64 84, !5, i64 88, !5, i64 92, !15, i64 96}
!38 = !{!37, !8, i64 64}
!39 = !{!37, !5, i64 76}
!40 = !{!37, !5, i64 80}
!41 = !{!4, !5, i64 28}
!42 = !{!37, !5, i64 84}
!43 = !{!37, !5, i64 88}
!44 = !{!37, !15, i64 96}
!45 = distinct !{!45, !11, !12}
!46 = !{!8, !8, i64 0}
!47 = !{!37, !5, i64 12}
!48 = distinct !{!48, !11, !12}
!49 = distinct !{!49, !11, !12}
!50 = !{!6, !6, i64 0}
!51 = distinct !{!51, !11, !12}
