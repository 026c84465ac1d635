; ModuleID = 'printf.c'
source_filename = "printf.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.out = type { ptr, i64, i64 }

@hex_lower = internal unnamed_addr constant [17 x i8] c"0123456789abcdef\00", align 16

; Function Attrs: nounwind
define dso_local i64 @pbh_bprintf(ptr noundef %0, ptr noundef %1, i32 noundef %2, ptr nocapture noundef readonly %3, i32 noundef %4, ptr nocapture noundef readonly %5, i32 noundef %6) local_unnamed_addr #0 {
  %8 = alloca [16 x i8], align 16
  %9 = alloca %struct.out, align 8
  %10 = alloca [24 x i8], align 16
  %11 = alloca [24 x i8], align 16
  %12 = alloca [16 x i8], align 16
  %13 = alloca [48 x i8], align 16
  %14 = alloca [512 x i8], align 16
  call void @llvm.lifetime.start.p0(i64 512, ptr nonnull %14) #7
  %15 = icmp eq i32 %4, 0
  br i1 %15, label %759, label %16

16:                                               ; preds = %7
  %17 = zext i32 %4 to i64
  br label %18

18:                                               ; preds = %26, %16
  %19 = phi i64 [ 0, %16 ], [ %27, %26 ]
  %20 = getelementptr inbounds i8, ptr %3, i64 %19
  %21 = load i8, ptr %20, align 1, !tbaa !3
  %22 = icmp eq i8 %21, 0
  br i1 %22, label %23, label %26

23:                                               ; preds = %18
  %24 = trunc nuw i64 %19 to i32
  %25 = icmp eq i64 %19, 0
  br i1 %25, label %299, label %29

26:                                               ; preds = %18
  %27 = add nuw nsw i64 %19, 1
  %28 = icmp eq i64 %27, %17
  br i1 %28, label %759, label %18, !llvm.loop !6

29:                                               ; preds = %23, %293
  %30 = phi i32 [ %297, %293 ], [ 0, %23 ]
  %31 = phi i32 [ %295, %293 ], [ 0, %23 ]
  %32 = phi i64 [ %296, %293 ], [ 0, %23 ]
  %33 = zext i32 %30 to i64
  %34 = getelementptr inbounds i8, ptr %3, i64 %33
  %35 = load i8, ptr %34, align 1, !tbaa !3
  %36 = add i8 %35, -127
  %37 = icmp ult i8 %36, -95
  br i1 %37, label %38, label %41

38:                                               ; preds = %29
  %39 = add i8 %35, -14
  %40 = icmp ult i8 %39, -5
  br i1 %40, label %759, label %293

41:                                               ; preds = %29
  %42 = icmp eq i8 %35, 37
  br i1 %42, label %43, label %293

43:                                               ; preds = %41
  %44 = add nuw i32 %30, 1
  %45 = zext i32 %44 to i64
  %46 = getelementptr inbounds i8, ptr %3, i64 %45
  %47 = load i8, ptr %46, align 1, !tbaa !3
  %48 = icmp eq i8 %47, 37
  br i1 %48, label %293, label %49

49:                                               ; preds = %43
  %50 = icmp ult i32 %31, %6
  br i1 %50, label %51, label %759

51:                                               ; preds = %49, %54
  %52 = phi i8 [ %58, %54 ], [ %47, %49 ]
  %53 = phi i32 [ %55, %54 ], [ %44, %49 ]
  switch i8 %52, label %59 [
    i8 48, label %54
    i8 43, label %54
    i8 45, label %54
    i8 32, label %54
  ]

54:                                               ; preds = %51, %51, %51, %51
  %55 = add i32 %53, 1
  %56 = zext i32 %55 to i64
  %57 = getelementptr inbounds i8, ptr %3, i64 %56
  %58 = load i8, ptr %57, align 1, !tbaa !3
  br label %51, !llvm.loop !9

59:                                               ; preds = %51
  %60 = add i8 %52, -49
  %61 = icmp ult i8 %60, 9
  br i1 %61, label %62, label %70

62:                                               ; preds = %59, %62
  %63 = phi i32 [ %64, %62 ], [ %53, %59 ]
  %64 = add i32 %63, 1
  %65 = zext i32 %64 to i64
  %66 = getelementptr inbounds i8, ptr %3, i64 %65
  %67 = load i8, ptr %66, align 1, !tbaa !3
  %68 = add i8 %67, -58
  %69 = icmp ult i8 %68, -10
  br i1 %69, label %70, label %62, !llvm.loop !10

70:                                               ; preds = %62, %59
  %71 = phi i8 [ %52, %59 ], [ %67, %62 ]
  %72 = phi i32 [ %53, %59 ], [ %64, %62 ]
  switch i8 %71, label %244 [
    i8 112, label %73
    i8 115, label %193
    i8 99, label %229
    i8 108, label %239
  ]

73:                                               ; preds = %70
  %74 = add i32 %72, 1
  %75 = zext i32 %74 to i64
  %76 = getelementptr inbounds i8, ptr %3, i64 %75
  %77 = load i8, ptr %76, align 1, !tbaa !3
  switch i8 %77, label %78 [
    i8 0, label %264
    i8 32, label %264
    i8 13, label %264
    i8 12, label %264
    i8 11, label %264
    i8 10, label %264
    i8 9, label %264
  ]

78:                                               ; preds = %73
  %79 = add i8 %77, -33
  %80 = icmp ult i8 %79, 94
  br i1 %80, label %81, label %88

81:                                               ; preds = %78
  %82 = add nsw i8 %77, -48
  %83 = icmp ult i8 %82, 10
  %84 = or i8 %77, 32
  %85 = add nsw i8 %84, -97
  %86 = icmp ult i8 %85, 26
  %87 = or i1 %83, %86
  br i1 %87, label %88, label %264

88:                                               ; preds = %81, %78
  switch i8 %77, label %130 [
    i8 117, label %89
    i8 107, label %89
    i8 120, label %264
    i8 115, label %264
    i8 83, label %264
    i8 75, label %264
    i8 66, label %97
  ]

89:                                               ; preds = %88, %88
  %90 = add i32 %72, 2
  %91 = zext i32 %90 to i64
  %92 = getelementptr inbounds i8, ptr %3, i64 %91
  %93 = load i8, ptr %92, align 1, !tbaa !3
  %94 = icmp eq i8 %93, 115
  br i1 %94, label %193, label %95

95:                                               ; preds = %89
  %96 = icmp eq i8 %77, 115
  br i1 %96, label %264, label %130

97:                                               ; preds = %88
  call void @llvm.lifetime.start.p0(i64 24, ptr nonnull %11) #7
  %98 = zext i32 %31 to i64
  %99 = getelementptr inbounds i64, ptr %5, i64 %98
  %100 = load i64, ptr %99, align 8, !tbaa !11
  %101 = call fastcc i32 @format_sym(ptr noundef nonnull %11, i64 noundef %100) #8
  %102 = getelementptr inbounds i8, ptr %14, i64 %32
  %103 = icmp sgt i64 %32, 511
  br i1 %103, label %125, label %104

104:                                              ; preds = %97
  %105 = icmp ne i32 %101, 0
  %106 = icmp ne i64 %32, 511
  %107 = and i1 %106, %105
  br i1 %107, label %108, label %122

108:                                              ; preds = %104
  %109 = sub i64 510, %32
  %110 = add i32 %101, -1
  %111 = zext i32 %110 to i64
  %112 = call i64 @llvm.umin.i64(i64 %109, i64 %111)
  br label %113

113:                                              ; preds = %113, %108
  %114 = phi i64 [ 0, %108 ], [ %118, %113 ]
  %115 = getelementptr inbounds i8, ptr %11, i64 %114
  %116 = load i8, ptr %115, align 1, !tbaa !3
  %117 = getelementptr inbounds i8, ptr %102, i64 %114
  store i8 %116, ptr %117, align 1, !tbaa !3
  %118 = add nuw nsw i64 %114, 1
  %119 = icmp eq i64 %114, %112
  br i1 %119, label %120, label %113, !llvm.loop !13

120:                                              ; preds = %113
  %121 = add nuw nsw i64 %112, 1
  br label %122

122:                                              ; preds = %120, %104
  %123 = phi i64 [ 0, %104 ], [ %121, %120 ]
  %124 = getelementptr inbounds i8, ptr %102, i64 %123
  store i8 0, ptr %124, align 1, !tbaa !3
  br label %125

125:                                              ; preds = %122, %97
  %126 = add i32 %101, 1
  %127 = zext i32 %126 to i64
  %128 = add nuw nsw i64 %32, %127
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %11) #7
  %129 = add i32 %31, 1
  br label %293

130:                                              ; preds = %95, %88
  %131 = and i8 %77, -33
  %132 = icmp eq i8 %131, 73
  br i1 %132, label %133, label %759

133:                                              ; preds = %130
  %134 = add i32 %72, 2
  %135 = zext i32 %134 to i64
  %136 = getelementptr inbounds i8, ptr %3, i64 %135
  %137 = load i8, ptr %136, align 1, !tbaa !3
  switch i8 %137, label %759 [
    i8 52, label %138
    i8 54, label %138
  ]

138:                                              ; preds = %133, %133
  %139 = icmp eq i8 %137, 52
  call void @llvm.lifetime.start.p0(i64 16, ptr nonnull %12) #7
  call void @llvm.lifetime.start.p0(i64 48, ptr nonnull %13) #7
  %140 = sub nsw i64 512, %32
  %141 = select i1 %139, i64 4, i64 16
  %142 = icmp slt i64 %140, %141
  br i1 %142, label %143, label %144

143:                                              ; preds = %138
  call void @llvm.lifetime.end.p0(i64 48, ptr nonnull %13) #7
  call void @llvm.lifetime.end.p0(i64 16, ptr nonnull %12) #7
  br label %759

144:                                              ; preds = %138
  %145 = zext i32 %31 to i64
  %146 = getelementptr inbounds i64, ptr %5, i64 %145
  %147 = load i64, ptr %146, align 8, !tbaa !11
  %148 = call i64 @pbh_read_kernel(ptr noundef %0, ptr noundef nonnull %12, i64 noundef %141, i64 noundef %147) #9
  %149 = icmp slt i64 %148, 0
  br i1 %149, label %150, label %166

150:                                              ; preds = %144
  br i1 %139, label %151, label %155

151:                                              ; preds = %153, %150
  %152 = phi i64 [ 0, %150 ], [ %156, %153 ]
  br label %161

153:                                              ; preds = %155
  %154 = icmp ult i64 %156, %141
  br i1 %154, label %151, label %166

155:                                              ; preds = %150, %155
  %156 = phi i64 [ %159, %155 ], [ 8, %150 ]
  %157 = phi i64 [ %156, %155 ], [ 0, %150 ]
  %158 = getelementptr inbounds i8, ptr %12, i64 %157
  store i64 0, ptr %158, align 8
  %159 = add nuw nsw i64 %156, 8
  %160 = icmp ugt i64 %159, %141
  br i1 %160, label %153, label %155, !llvm.loop !14

161:                                              ; preds = %151, %161
  %162 = phi i64 [ %164, %161 ], [ %152, %151 ]
  %163 = getelementptr inbounds i8, ptr %12, i64 %162
  store i8 0, ptr %163, align 1, !tbaa !3
  %164 = add nuw nsw i64 %162, 1
  %165 = icmp eq i64 %164, %141
  br i1 %165, label %166, label %161, !llvm.loop !15

166:                                              ; preds = %161, %153, %144
  %167 = load i8, ptr %76, align 1, !tbaa !3
  %168 = load i8, ptr %136, align 1, !tbaa !3
  %169 = call fastcc i32 @format_ip(ptr noundef nonnull %13, ptr noundef nonnull %12, i8 noundef signext %167, i8 noundef signext %168) #8
  %170 = getelementptr inbounds i8, ptr %14, i64 %32
  %171 = icmp sgt i64 %32, 511
  br i1 %171, label %288, label %172

172:                                              ; preds = %166
  %173 = icmp ne i32 %169, 0
  %174 = icmp ne i64 %32, 511
  %175 = and i1 %174, %173
  br i1 %175, label %176, label %190

176:                                              ; preds = %172
  %177 = sub i64 510, %32
  %178 = add i32 %169, -1
  %179 = zext i32 %178 to i64
  %180 = call i64 @llvm.umin.i64(i64 %177, i64 %179)
  br label %181

181:                                              ; preds = %181, %176
  %182 = phi i64 [ 0, %176 ], [ %186, %181 ]
  %183 = getelementptr inbounds i8, ptr %13, i64 %182
  %184 = load i8, ptr %183, align 1, !tbaa !3
  %185 = getelementptr inbounds i8, ptr %170, i64 %182
  store i8 %184, ptr %185, align 1, !tbaa !3
  %186 = add nuw nsw i64 %182, 1
  %187 = icmp eq i64 %182, %180
  br i1 %187, label %188, label %181, !llvm.loop !13

188:                                              ; preds = %181
  %189 = add nuw nsw i64 %180, 1
  br label %190

190:                                              ; preds = %188, %172
  %191 = phi i64 [ 0, %172 ], [ %189, %188 ]
  %192 = getelementptr inbounds i8, ptr %170, i64 %191
  store i8 0, ptr %192, align 1, !tbaa !3
  br label %288

193:                                              ; preds = %89, %70
  %194 = phi i8 [ %71, %70 ], [ %77, %89 ]
  %195 = phi i32 [ %72, %70 ], [ %90, %89 ]
  %196 = add i32 %195, 1
  %197 = zext i32 %196 to i64
  %198 = getelementptr inbounds i8, ptr %3, i64 %197
  %199 = load i8, ptr %198, align 1, !tbaa !3
  switch i8 %199, label %200 [
    i8 0, label %210
    i8 32, label %210
    i8 13, label %210
    i8 12, label %210
    i8 11, label %210
    i8 10, label %210
    i8 9, label %210
  ]

200:                                              ; preds = %193
  %201 = add i8 %199, -33
  %202 = icmp ult i8 %201, 94
  br i1 %202, label %203, label %759

203:                                              ; preds = %200
  %204 = add nsw i8 %199, -48
  %205 = icmp ult i8 %204, 10
  %206 = or i8 %199, 32
  %207 = add nsw i8 %206, -97
  %208 = icmp ult i8 %207, 26
  %209 = or i1 %205, %208
  br i1 %209, label %759, label %210

210:                                              ; preds = %203, %193, %193, %193, %193, %193, %193, %193
  %211 = icmp sgt i64 %32, 511
  br i1 %211, label %759, label %212

212:                                              ; preds = %210
  %213 = getelementptr inbounds i8, ptr %14, i64 %32
  store i8 0, ptr %213, align 1, !tbaa !3
  %214 = sub nuw nsw i64 512, %32
  %215 = zext i32 %31 to i64
  %216 = getelementptr inbounds i64, ptr %5, i64 %215
  %217 = load i64, ptr %216, align 8, !tbaa !11
  %218 = icmp eq i8 %194, 107
  %219 = icmp eq i8 %194, 117
  %220 = zext i1 %219 to i32
  %221 = select i1 %218, i32 2, i32 %220
  %222 = call i64 @pbh_read_str(ptr noundef %0, ptr noundef nonnull %213, i64 noundef %214, i64 noundef %217, i32 noundef %221) #9
  %223 = icmp slt i64 %222, 0
  br i1 %223, label %224, label %225

224:                                              ; preds = %212
  store i8 0, ptr %213, align 1, !tbaa !3
  br label %225

225:                                              ; preds = %224, %212
  %226 = phi i64 [ 1, %224 ], [ %222, %212 ]
  %227 = add nuw nsw i64 %226, %32
  %228 = add i32 %31, 1
  br label %293

229:                                              ; preds = %70
  %230 = icmp sgt i64 %32, 511
  br i1 %230, label %759, label %231

231:                                              ; preds = %229
  %232 = zext i32 %31 to i64
  %233 = getelementptr inbounds i64, ptr %5, i64 %232
  %234 = load i64, ptr %233, align 8, !tbaa !11
  %235 = trunc i64 %234 to i8
  %236 = add nuw nsw i64 %32, 1
  %237 = getelementptr inbounds i8, ptr %14, i64 %32
  store i8 %235, ptr %237, align 1, !tbaa !3
  %238 = add i32 %31, 1
  br label %293

239:                                              ; preds = %70
  %240 = add i32 %72, 1
  %241 = zext i32 %240 to i64
  %242 = getelementptr inbounds i8, ptr %3, i64 %241
  %243 = load i8, ptr %242, align 1, !tbaa !3
  br label %244

244:                                              ; preds = %239, %70
  %245 = phi i8 [ %71, %70 ], [ %243, %239 ]
  %246 = phi i32 [ 4, %70 ], [ 8, %239 ]
  %247 = phi i32 [ %72, %70 ], [ %240, %239 ]
  %248 = icmp eq i8 %245, 108
  %249 = select i1 %248, i32 8, i32 %246
  %250 = zext i1 %248 to i32
  %251 = add i32 %247, %250
  %252 = zext i32 %251 to i64
  %253 = getelementptr inbounds i8, ptr %3, i64 %252
  %254 = load i8, ptr %253, align 1, !tbaa !3
  switch i8 %254, label %759 [
    i8 105, label %255
    i8 100, label %255
    i8 117, label %255
    i8 120, label %255
    i8 88, label %255
  ]

255:                                              ; preds = %244, %244, %244, %244, %244
  %256 = zext i32 %31 to i64
  %257 = getelementptr inbounds i64, ptr %5, i64 %256
  %258 = load i64, ptr %257, align 8, !tbaa !11
  %259 = add nuw nsw i64 %32, 3
  %260 = and i64 %259, -4
  %261 = sub nsw i64 512, %260
  %262 = zext nneg i32 %249 to i64
  %263 = icmp slt i64 %261, %262
  br i1 %263, label %759, label %272

264:                                              ; preds = %95, %88, %88, %88, %88, %81, %73, %73, %73, %73, %73, %73, %73
  %265 = phi i32 [ %72, %81 ], [ %72, %73 ], [ %74, %95 ], [ %74, %88 ], [ %74, %88 ], [ %74, %88 ], [ %74, %88 ], [ %72, %73 ], [ %72, %73 ], [ %72, %73 ], [ %72, %73 ], [ %72, %73 ], [ %72, %73 ]
  %266 = zext i32 %31 to i64
  %267 = getelementptr inbounds i64, ptr %5, i64 %266
  %268 = load i64, ptr %267, align 8, !tbaa !11
  %269 = add nuw nsw i64 %32, 3
  %270 = and i64 %269, -4
  %271 = icmp sgt i64 %270, 504
  br i1 %271, label %759, label %274

272:                                              ; preds = %255
  %273 = icmp eq i32 %249, 8
  br i1 %273, label %274, label %279

274:                                              ; preds = %272, %264
  %275 = phi i32 [ %251, %272 ], [ %265, %264 ]
  %276 = phi i64 [ %258, %272 ], [ %268, %264 ]
  %277 = phi i64 [ %260, %272 ], [ %270, %264 ]
  %278 = getelementptr inbounds i8, ptr %14, i64 %277
  store i64 %276, ptr %278, align 4
  br label %282

279:                                              ; preds = %272
  %280 = getelementptr inbounds i8, ptr %14, i64 %260
  %281 = trunc i64 %258 to i32
  store i32 %281, ptr %280, align 4
  br label %282

282:                                              ; preds = %279, %274
  %283 = phi i32 [ %251, %279 ], [ %275, %274 ]
  %284 = phi i64 [ %260, %279 ], [ %277, %274 ]
  %285 = phi i64 [ %262, %279 ], [ 8, %274 ]
  %286 = add nuw nsw i64 %285, %284
  %287 = add i32 %31, 1
  br label %293

288:                                              ; preds = %190, %166
  %289 = add i32 %169, 1
  %290 = zext i32 %289 to i64
  %291 = add nuw nsw i64 %32, %290
  %292 = add i32 %31, 1
  call void @llvm.lifetime.end.p0(i64 48, ptr nonnull %13) #7
  call void @llvm.lifetime.end.p0(i64 16, ptr nonnull %12) #7
  br label %293

293:                                              ; preds = %288, %282, %231, %225, %125, %43, %41, %38
  %294 = phi i32 [ %134, %288 ], [ %44, %43 ], [ %30, %41 ], [ %72, %231 ], [ %195, %225 ], [ %283, %282 ], [ %74, %125 ], [ %30, %38 ]
  %295 = phi i32 [ %292, %288 ], [ %31, %43 ], [ %31, %41 ], [ %238, %231 ], [ %228, %225 ], [ %287, %282 ], [ %129, %125 ], [ %31, %38 ]
  %296 = phi i64 [ %291, %288 ], [ %32, %43 ], [ %32, %41 ], [ %236, %231 ], [ %227, %225 ], [ %286, %282 ], [ %128, %125 ], [ %32, %38 ]
  %297 = add i32 %294, 1
  %298 = icmp ult i32 %297, %24
  br i1 %298, label %29, label %299, !llvm.loop !16

299:                                              ; preds = %293, %23
  %300 = zext i32 %2 to i64
  call void @llvm.lifetime.start.p0(i64 24, ptr nonnull %9) #7
  store ptr %1, ptr %9, align 8, !tbaa !17
  %301 = getelementptr inbounds i8, ptr %9, i64 8
  store i64 0, ptr %301, align 8, !tbaa !20
  %302 = getelementptr inbounds i8, ptr %9, i64 16
  store i64 %300, ptr %302, align 8, !tbaa !21
  %303 = getelementptr inbounds i8, ptr %10, i64 1
  br label %304

304:                                              ; preds = %747, %299
  %305 = phi i32 [ 0, %299 ], [ %748, %747 ]
  %306 = phi ptr [ %3, %299 ], [ %749, %747 ]
  %307 = load i64, ptr %302, align 8
  %308 = load ptr, ptr %9, align 8
  %309 = load i64, ptr %302, align 8
  %310 = load ptr, ptr %9, align 8
  %311 = load i64, ptr %301, align 8, !tbaa !20
  br label %312

312:                                              ; preds = %336, %304
  %313 = phi i64 [ %311, %304 ], [ %337, %336 ]
  %314 = phi ptr [ %306, %304 ], [ %338, %336 ]
  %315 = load i8, ptr %314, align 1, !tbaa !3
  switch i8 %315, label %316 [
    i8 0, label %750
    i8 37, label %323
  ]

316:                                              ; preds = %312
  %317 = getelementptr inbounds i8, ptr %314, i64 1
  %318 = icmp ult i64 %313, %309
  br i1 %318, label %319, label %321

319:                                              ; preds = %316
  %320 = getelementptr inbounds i8, ptr %310, i64 %313
  store i8 %315, ptr %320, align 1, !tbaa !3
  br label %321

321:                                              ; preds = %319, %316
  %322 = add i64 %313, 1
  store i64 %322, ptr %301, align 8, !tbaa !20
  br label %336

323:                                              ; preds = %312
  %324 = getelementptr inbounds i8, ptr %314, i64 1
  %325 = load i8, ptr %324, align 1, !tbaa !3
  %326 = icmp eq i8 %325, 37
  br i1 %326, label %329, label %327

327:                                              ; preds = %323
  %328 = getelementptr inbounds i8, ptr %314, i64 1
  br label %339

329:                                              ; preds = %323
  %330 = icmp ult i64 %313, %307
  br i1 %330, label %331, label %333

331:                                              ; preds = %329
  %332 = getelementptr inbounds i8, ptr %308, i64 %313
  store i8 37, ptr %332, align 1, !tbaa !3
  br label %333

333:                                              ; preds = %331, %329
  %334 = add i64 %313, 1
  store i64 %334, ptr %301, align 8, !tbaa !20
  %335 = getelementptr inbounds i8, ptr %314, i64 2
  br label %336

336:                                              ; preds = %333, %321
  %337 = phi i64 [ %322, %321 ], [ %334, %333 ]
  %338 = phi ptr [ %317, %321 ], [ %335, %333 ]
  br label %312, !llvm.loop !22

339:                                              ; preds = %327, %346
  %340 = phi i8 [ %350, %346 ], [ %325, %327 ]
  %341 = phi i32 [ %348, %346 ], [ 0, %327 ]
  %342 = phi ptr [ %349, %346 ], [ %328, %327 ]
  switch i8 %340, label %351 [
    i8 45, label %346
    i8 43, label %343
    i8 32, label %344
    i8 48, label %345
  ]

343:                                              ; preds = %339
  br label %346

344:                                              ; preds = %339
  br label %346

345:                                              ; preds = %339
  br label %346

346:                                              ; preds = %345, %344, %343, %339
  %347 = phi i32 [ 4, %344 ], [ 8, %345 ], [ 2, %343 ], [ 1, %339 ]
  %348 = or i32 %347, %341
  %349 = getelementptr inbounds i8, ptr %342, i64 1
  %350 = load i8, ptr %349, align 1, !tbaa !3
  br label %339, !llvm.loop !23

351:                                              ; preds = %339
  %352 = add i8 %340, -58
  %353 = icmp ult i8 %352, -10
  br i1 %353, label %370, label %354

354:                                              ; preds = %351, %354
  %355 = phi i8 [ %365, %354 ], [ %340, %351 ]
  %356 = phi ptr [ %364, %354 ], [ %342, %351 ]
  %357 = phi i32 [ %363, %354 ], [ 0, %351 ]
  %358 = icmp slt i32 %357, 8388607
  %359 = mul nsw i32 %357, 10
  %360 = zext nneg i8 %355 to i32
  %361 = add nsw i32 %360, -48
  %362 = add i32 %361, %359
  %363 = select i1 %358, i32 %362, i32 %357
  %364 = getelementptr inbounds i8, ptr %356, i64 1
  %365 = load i8, ptr %364, align 1, !tbaa !3
  %366 = add i8 %365, -58
  %367 = icmp ult i8 %366, -10
  br i1 %367, label %368, label %354, !llvm.loop !24

368:                                              ; preds = %354
  %369 = call i32 @llvm.smin.i32(i32 %363, i32 8388607)
  br label %370

370:                                              ; preds = %368, %351
  %371 = phi i8 [ %365, %368 ], [ %340, %351 ]
  %372 = phi i32 [ %369, %368 ], [ -1, %351 ]
  %373 = phi ptr [ %364, %368 ], [ %342, %351 ]
  switch i8 %371, label %711 [
    i8 112, label %374
    i8 115, label %564
    i8 99, label %659
  ]

374:                                              ; preds = %370
  %375 = getelementptr inbounds i8, ptr %373, i64 1
  %376 = load i8, ptr %375, align 1, !tbaa !3
  switch i8 %376, label %377 [
    i8 0, label %389
    i8 32, label %389
    i8 13, label %389
    i8 12, label %389
    i8 11, label %389
    i8 10, label %389
    i8 9, label %389
  ]

377:                                              ; preds = %374
  %378 = add i8 %376, -33
  %379 = icmp ult i8 %378, 94
  br i1 %379, label %380, label %388

380:                                              ; preds = %377
  %381 = add nsw i8 %376, -58
  %382 = icmp ult i8 %381, -10
  %383 = or i8 %376, 32
  %384 = add nsw i8 %383, -123
  %385 = icmp ult i8 %384, -26
  %386 = and i1 %382, %385
  %387 = freeze i1 %386
  br i1 %387, label %389, label %388

388:                                              ; preds = %380, %377
  switch i8 %376, label %401 [
    i8 120, label %389
    i8 75, label %389
  ]

389:                                              ; preds = %388, %388, %380, %374, %374, %374, %374, %374, %374, %374
  %390 = add i32 %305, 3
  %391 = and i32 %390, -4
  %392 = zext i32 %391 to i64
  %393 = getelementptr inbounds i8, ptr %14, i64 %392
  %394 = load i64, ptr %393, align 4
  %395 = add i32 %391, 8
  %396 = icmp eq i32 %372, -1
  %397 = or i32 %341, 8
  %398 = select i1 %396, i32 16, i32 %372
  %399 = select i1 %396, i32 %397, i32 %341
  %400 = or i32 %399, 32
  call fastcc void @number(ptr noundef nonnull %9, i64 noundef %394, i32 noundef 16, i32 noundef %400, i32 noundef %398) #8
  br label %552

401:                                              ; preds = %388
  %402 = and i8 %376, -33
  %403 = icmp eq i8 %402, 83
  br i1 %403, label %404, label %513

404:                                              ; preds = %401
  call void @llvm.lifetime.start.p0(i64 24, ptr nonnull %10) #7
  %405 = add i32 %305, 3
  %406 = and i32 %405, -4
  %407 = zext i32 %406 to i64
  %408 = getelementptr inbounds i8, ptr %14, i64 %407
  %409 = load i64, ptr %408, align 4
  call void @llvm.lifetime.start.p0(i64 16, ptr nonnull %8) #7
  br label %410

410:                                              ; preds = %410, %404
  %411 = phi i64 [ %421, %410 ], [ 1, %404 ]
  %412 = phi i64 [ %417, %410 ], [ 0, %404 ]
  %413 = phi i64 [ %419, %410 ], [ %409, %404 ]
  %414 = and i64 %413, 15
  %415 = getelementptr inbounds [17 x i8], ptr @hex_lower, i64 0, i64 %414
  %416 = load i8, ptr %415, align 1, !tbaa !3
  %417 = add nuw nsw i64 %412, 1
  %418 = getelementptr inbounds [16 x i8], ptr %8, i64 0, i64 %412
  store i8 %416, ptr %418, align 1, !tbaa !3
  %419 = lshr i64 %413, 4
  %420 = icmp ult i64 %413, 16
  %421 = add nuw nsw i64 %411, 1
  br i1 %420, label %422, label %410, !llvm.loop !25

422:                                              ; preds = %410
  store i8 48, ptr %10, align 16, !tbaa !3
  store i8 120, ptr %303, align 1, !tbaa !3
  br label %423

423:                                              ; preds = %423, %422
  %424 = phi i64 [ %411, %422 ], [ %426, %423 ]
  %425 = phi i64 [ 2, %422 ], [ %429, %423 ]
  %426 = add nsw i64 %424, -1
  %427 = getelementptr inbounds [16 x i8], ptr %8, i64 0, i64 %426
  %428 = load i8, ptr %427, align 1, !tbaa !3
  %429 = add nuw nsw i64 %425, 1
  %430 = getelementptr inbounds i8, ptr %10, i64 %425
  store i8 %428, ptr %430, align 1, !tbaa !3
  %431 = icmp eq i64 %426, 0
  br i1 %431, label %432, label %423, !llvm.loop !26

432:                                              ; preds = %423
  %433 = add i32 %406, 8
  %434 = and i64 %429, 4294967295
  %435 = getelementptr inbounds i8, ptr %10, i64 %434
  store i8 0, ptr %435, align 1, !tbaa !3
  call void @llvm.lifetime.end.p0(i64 16, ptr nonnull %8) #7
  %436 = icmp sgt i32 %372, 0
  %437 = and i32 %341, 1
  %438 = icmp eq i32 %437, 0
  %439 = and i1 %438, %436
  br i1 %439, label %440, label %470

440:                                              ; preds = %432, %445
  %441 = phi i64 [ %446, %445 ], [ 0, %432 ]
  %442 = getelementptr inbounds i8, ptr %10, i64 %441
  %443 = load i8, ptr %442, align 1, !tbaa !3
  %444 = icmp eq i8 %443, 0
  br i1 %444, label %448, label %445

445:                                              ; preds = %440
  %446 = add nuw nsw i64 %441, 1
  %447 = icmp eq i64 %446, 512
  br i1 %447, label %450, label %440, !llvm.loop !27

448:                                              ; preds = %440
  %449 = trunc nuw nsw i64 %441 to i32
  br label %450

450:                                              ; preds = %445, %448
  %451 = phi i32 [ %449, %448 ], [ 512, %445 ]
  %452 = add nsw i32 %372, -1
  %453 = icmp slt i32 %451, %372
  br i1 %453, label %454, label %470

454:                                              ; preds = %450
  %455 = load i64, ptr %301, align 8, !tbaa !20
  %456 = load i64, ptr %302, align 8, !tbaa !21
  %457 = load ptr, ptr %9, align 8
  br label %458

458:                                              ; preds = %464, %454
  %459 = phi i64 [ %455, %454 ], [ %465, %464 ]
  %460 = phi i32 [ %452, %454 ], [ %466, %464 ]
  %461 = icmp ult i64 %459, %456
  br i1 %461, label %462, label %464

462:                                              ; preds = %458
  %463 = getelementptr inbounds i8, ptr %457, i64 %459
  store i8 32, ptr %463, align 1, !tbaa !3
  br label %464

464:                                              ; preds = %462, %458
  %465 = add i64 %459, 1
  %466 = add nsw i32 %460, -1
  %467 = icmp sgt i32 %460, %451
  br i1 %467, label %458, label %468, !llvm.loop !28

468:                                              ; preds = %464
  store i64 %465, ptr %301, align 8, !tbaa !20
  %469 = add nsw i32 %451, -1
  br label %470

470:                                              ; preds = %468, %450, %432
  %471 = phi i32 [ %372, %432 ], [ %452, %450 ], [ %469, %468 ]
  %472 = load i8, ptr %10, align 16, !tbaa !3
  %473 = icmp eq i8 %472, 0
  br i1 %473, label %493, label %474

474:                                              ; preds = %470
  %475 = load i64, ptr %301, align 8, !tbaa !20
  %476 = load i64, ptr %302, align 8, !tbaa !21
  %477 = load ptr, ptr %9, align 8
  br label %478

478:                                              ; preds = %486, %474
  %479 = phi i64 [ %475, %474 ], [ %487, %486 ]
  %480 = phi i64 [ 0, %474 ], [ %482, %486 ]
  %481 = phi i8 [ %472, %474 ], [ %489, %486 ]
  %482 = add nuw nsw i64 %480, 1
  %483 = icmp ult i64 %479, %476
  br i1 %483, label %484, label %486

484:                                              ; preds = %478
  %485 = getelementptr inbounds i8, ptr %477, i64 %479
  store i8 %481, ptr %485, align 1, !tbaa !3
  br label %486

486:                                              ; preds = %484, %478
  %487 = add i64 %479, 1
  %488 = getelementptr inbounds i8, ptr %10, i64 %482
  %489 = load i8, ptr %488, align 1, !tbaa !3
  %490 = icmp eq i8 %489, 0
  br i1 %490, label %491, label %478, !llvm.loop !29

491:                                              ; preds = %486
  store i64 %487, ptr %301, align 8, !tbaa !20
  %492 = trunc nuw nsw i64 %482 to i32
  br label %493

493:                                              ; preds = %491, %470
  %494 = phi i32 [ 0, %470 ], [ %492, %491 ]
  %495 = icmp sle i32 %471, %494
  %496 = select i1 %438, i1 true, i1 %495
  br i1 %496, label %512, label %497

497:                                              ; preds = %493
  %498 = load i64, ptr %301, align 8, !tbaa !20
  %499 = load i64, ptr %302, align 8, !tbaa !21
  %500 = load ptr, ptr %9, align 8
  br label %501

501:                                              ; preds = %508, %497
  %502 = phi i64 [ %498, %497 ], [ %509, %508 ]
  %503 = phi i32 [ %471, %497 ], [ %504, %508 ]
  %504 = add nsw i32 %503, -1
  %505 = icmp ult i64 %502, %499
  br i1 %505, label %506, label %508

506:                                              ; preds = %501
  %507 = getelementptr inbounds i8, ptr %500, i64 %502
  store i8 32, ptr %507, align 1, !tbaa !3
  br label %508

508:                                              ; preds = %506, %501
  %509 = add i64 %502, 1
  %510 = icmp sgt i32 %504, %494
  br i1 %510, label %501, label %511, !llvm.loop !30

511:                                              ; preds = %508
  store i64 %509, ptr %301, align 8, !tbaa !20
  br label %512

512:                                              ; preds = %511, %493
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %10) #7
  br label %552

513:                                              ; preds = %401
  %514 = load i64, ptr %301, align 8, !tbaa !20
  %515 = load i64, ptr %302, align 8, !tbaa !21
  %516 = icmp ult i64 %514, %515
  br i1 %516, label %517, label %552

517:                                              ; preds = %513
  %518 = zext i32 %305 to i64
  %519 = getelementptr inbounds i8, ptr %14, i64 %518
  br label %520

520:                                              ; preds = %525, %517
  %521 = phi i64 [ 0, %517 ], [ %526, %525 ]
  %522 = getelementptr inbounds i8, ptr %519, i64 %521
  %523 = load i8, ptr %522, align 1, !tbaa !3
  %524 = icmp eq i8 %523, 0
  br i1 %524, label %528, label %525

525:                                              ; preds = %520
  %526 = add nuw nsw i64 %521, 1
  %527 = icmp eq i64 %526, 512
  br i1 %527, label %531, label %520, !llvm.loop !27

528:                                              ; preds = %520
  %529 = trunc nuw nsw i64 %521 to i32
  %530 = icmp eq i64 %521, 0
  br i1 %530, label %535, label %531

531:                                              ; preds = %525, %528
  %532 = phi i32 [ %529, %528 ], [ 512, %525 ]
  %533 = load ptr, ptr %9, align 8
  %534 = zext i32 %532 to i64
  br label %540

535:                                              ; preds = %548, %528
  %536 = phi i32 [ 0, %528 ], [ %532, %548 ]
  %537 = phi i64 [ %514, %528 ], [ %549, %548 ]
  store i64 %537, ptr %301, align 8, !tbaa !20
  %538 = add i32 %305, 1
  %539 = add i32 %538, %536
  br label %552

540:                                              ; preds = %548, %531
  %541 = phi i64 [ 0, %531 ], [ %550, %548 ]
  %542 = phi i64 [ %514, %531 ], [ %549, %548 ]
  %543 = icmp ult i64 %542, %515
  br i1 %543, label %544, label %548

544:                                              ; preds = %540
  %545 = getelementptr inbounds i8, ptr %519, i64 %541
  %546 = load i8, ptr %545, align 1, !tbaa !3
  %547 = getelementptr inbounds i8, ptr %533, i64 %542
  store i8 %546, ptr %547, align 1, !tbaa !3
  br label %548

548:                                              ; preds = %544, %540
  %549 = add i64 %542, 1
  %550 = add nuw nsw i64 %541, 1
  %551 = icmp eq i64 %550, %534
  br i1 %551, label %535, label %540, !llvm.loop !31

552:                                              ; preds = %535, %513, %512, %389
  %553 = phi i32 [ %395, %389 ], [ %433, %512 ], [ %539, %535 ], [ %305, %513 ]
  br label %554

554:                                              ; preds = %554, %552
  %555 = phi ptr [ %375, %552 ], [ %563, %554 ]
  %556 = load i8, ptr %555, align 1, !tbaa !3
  %557 = add i8 %556, -58
  %558 = icmp ult i8 %557, -10
  %559 = or i8 %556, 32
  %560 = add i8 %559, -123
  %561 = icmp ult i8 %560, -26
  %562 = and i1 %558, %561
  %563 = getelementptr inbounds i8, ptr %555, i64 1
  br i1 %562, label %747, label %554, !llvm.loop !32

564:                                              ; preds = %370
  %565 = zext i32 %305 to i64
  %566 = getelementptr inbounds i8, ptr %14, i64 %565
  %567 = icmp sgt i32 %372, 0
  %568 = and i32 %341, 1
  %569 = icmp eq i32 %568, 0
  %570 = and i1 %569, %567
  br i1 %570, label %571, label %601

571:                                              ; preds = %564, %576
  %572 = phi i64 [ %577, %576 ], [ 0, %564 ]
  %573 = getelementptr inbounds i8, ptr %566, i64 %572
  %574 = load i8, ptr %573, align 1, !tbaa !3
  %575 = icmp eq i8 %574, 0
  br i1 %575, label %579, label %576

576:                                              ; preds = %571
  %577 = add nuw nsw i64 %572, 1
  %578 = icmp eq i64 %577, 512
  br i1 %578, label %581, label %571, !llvm.loop !27

579:                                              ; preds = %571
  %580 = trunc nuw nsw i64 %572 to i32
  br label %581

581:                                              ; preds = %576, %579
  %582 = phi i32 [ %580, %579 ], [ 512, %576 ]
  %583 = add nsw i32 %372, -1
  %584 = icmp slt i32 %582, %372
  br i1 %584, label %585, label %601

585:                                              ; preds = %581
  %586 = load i64, ptr %301, align 8, !tbaa !20
  %587 = load i64, ptr %302, align 8, !tbaa !21
  %588 = load ptr, ptr %9, align 8
  br label %589

589:                                              ; preds = %595, %585
  %590 = phi i64 [ %586, %585 ], [ %596, %595 ]
  %591 = phi i32 [ %583, %585 ], [ %597, %595 ]
  %592 = icmp ult i64 %590, %587
  br i1 %592, label %593, label %595

593:                                              ; preds = %589
  %594 = getelementptr inbounds i8, ptr %588, i64 %590
  store i8 32, ptr %594, align 1, !tbaa !3
  br label %595

595:                                              ; preds = %593, %589
  %596 = add i64 %590, 1
  %597 = add nsw i32 %591, -1
  %598 = icmp sgt i32 %591, %582
  br i1 %598, label %589, label %599, !llvm.loop !28

599:                                              ; preds = %595
  store i64 %596, ptr %301, align 8, !tbaa !20
  %600 = add nsw i32 %582, -1
  br label %601

601:                                              ; preds = %599, %581, %564
  %602 = phi i32 [ %372, %564 ], [ %583, %581 ], [ %600, %599 ]
  %603 = load i8, ptr %566, align 1, !tbaa !3
  %604 = icmp eq i8 %603, 0
  br i1 %604, label %624, label %605

605:                                              ; preds = %601
  %606 = load i64, ptr %301, align 8, !tbaa !20
  %607 = load i64, ptr %302, align 8, !tbaa !21
  %608 = load ptr, ptr %9, align 8
  br label %609

609:                                              ; preds = %617, %605
  %610 = phi i64 [ %606, %605 ], [ %618, %617 ]
  %611 = phi i64 [ 0, %605 ], [ %613, %617 ]
  %612 = phi i8 [ %603, %605 ], [ %620, %617 ]
  %613 = add nuw nsw i64 %611, 1
  %614 = icmp ult i64 %610, %607
  br i1 %614, label %615, label %617

615:                                              ; preds = %609
  %616 = getelementptr inbounds i8, ptr %608, i64 %610
  store i8 %612, ptr %616, align 1, !tbaa !3
  br label %617

617:                                              ; preds = %615, %609
  %618 = add i64 %610, 1
  %619 = getelementptr inbounds i8, ptr %566, i64 %613
  %620 = load i8, ptr %619, align 1, !tbaa !3
  %621 = icmp eq i8 %620, 0
  br i1 %621, label %622, label %609, !llvm.loop !29

622:                                              ; preds = %617
  store i64 %618, ptr %301, align 8, !tbaa !20
  %623 = trunc nuw nsw i64 %613 to i32
  br label %624

624:                                              ; preds = %622, %601
  %625 = phi i32 [ 0, %601 ], [ %623, %622 ]
  %626 = icmp sle i32 %602, %625
  %627 = select i1 %569, i1 true, i1 %626
  br i1 %627, label %643, label %628

628:                                              ; preds = %624
  %629 = load i64, ptr %301, align 8, !tbaa !20
  %630 = load i64, ptr %302, align 8, !tbaa !21
  %631 = load ptr, ptr %9, align 8
  br label %632

632:                                              ; preds = %639, %628
  %633 = phi i64 [ %629, %628 ], [ %640, %639 ]
  %634 = phi i32 [ %602, %628 ], [ %635, %639 ]
  %635 = add nsw i32 %634, -1
  %636 = icmp ult i64 %633, %630
  br i1 %636, label %637, label %639

637:                                              ; preds = %632
  %638 = getelementptr inbounds i8, ptr %631, i64 %633
  store i8 32, ptr %638, align 1, !tbaa !3
  br label %639

639:                                              ; preds = %637, %632
  %640 = add i64 %633, 1
  %641 = icmp sgt i32 %635, %625
  br i1 %641, label %632, label %642, !llvm.loop !30

642:                                              ; preds = %639
  store i64 %640, ptr %301, align 8, !tbaa !20
  br label %643

643:                                              ; preds = %642, %624
  br label %644

644:                                              ; preds = %643, %649
  %645 = phi i64 [ %650, %649 ], [ 0, %643 ]
  %646 = getelementptr inbounds i8, ptr %566, i64 %645
  %647 = load i8, ptr %646, align 1, !tbaa !3
  %648 = icmp eq i8 %647, 0
  br i1 %648, label %652, label %649

649:                                              ; preds = %644
  %650 = add nuw nsw i64 %645, 1
  %651 = icmp eq i64 %650, 512
  br i1 %651, label %654, label %644, !llvm.loop !27

652:                                              ; preds = %644
  %653 = trunc nuw nsw i64 %645 to i32
  br label %654

654:                                              ; preds = %649, %652
  %655 = phi i32 [ %653, %652 ], [ 512, %649 ]
  %656 = add i32 %305, 1
  %657 = add i32 %656, %655
  %658 = getelementptr inbounds i8, ptr %373, i64 1
  br label %747

659:                                              ; preds = %370
  %660 = and i32 %341, 1
  %661 = icmp eq i32 %660, 0
  %662 = load i64, ptr %301, align 8, !tbaa !20
  br i1 %661, label %665, label %663

663:                                              ; preds = %659
  %664 = load i64, ptr %302, align 8, !tbaa !21
  br label %681

665:                                              ; preds = %659
  %666 = add nsw i32 %372, -1
  %667 = icmp sgt i32 %372, 1
  %668 = load i64, ptr %302, align 8, !tbaa !21
  br i1 %667, label %669, label %681

669:                                              ; preds = %665
  %670 = load ptr, ptr %9, align 8
  br label %671

671:                                              ; preds = %677, %669
  %672 = phi i32 [ %666, %669 ], [ %679, %677 ]
  %673 = phi i64 [ %662, %669 ], [ %678, %677 ]
  %674 = icmp ult i64 %673, %668
  br i1 %674, label %675, label %677

675:                                              ; preds = %671
  %676 = getelementptr inbounds i8, ptr %670, i64 %673
  store i8 32, ptr %676, align 1, !tbaa !3
  br label %677

677:                                              ; preds = %675, %671
  %678 = add i64 %673, 1
  %679 = add nsw i32 %672, -1
  %680 = icmp sgt i32 %672, 1
  br i1 %680, label %671, label %681, !llvm.loop !33

681:                                              ; preds = %677, %665, %663
  %682 = phi i64 [ %664, %663 ], [ %668, %665 ], [ %668, %677 ]
  %683 = phi i64 [ %662, %663 ], [ %662, %665 ], [ %678, %677 ]
  %684 = phi i32 [ %372, %663 ], [ %666, %665 ], [ 0, %677 ]
  %685 = add i32 %305, 1
  %686 = icmp ult i64 %683, %682
  br i1 %686, label %687, label %693

687:                                              ; preds = %681
  %688 = zext i32 %305 to i64
  %689 = getelementptr inbounds i8, ptr %14, i64 %688
  %690 = load i8, ptr %689, align 1, !tbaa !3
  %691 = load ptr, ptr %9, align 8, !tbaa !17
  %692 = getelementptr inbounds i8, ptr %691, i64 %683
  store i8 %690, ptr %692, align 1, !tbaa !3
  br label %693

693:                                              ; preds = %687, %681
  %694 = add i64 %683, 1
  %695 = icmp sgt i32 %684, 1
  br i1 %695, label %696, label %708

696:                                              ; preds = %693
  %697 = load ptr, ptr %9, align 8
  br label %698

698:                                              ; preds = %705, %696
  %699 = phi i64 [ %694, %696 ], [ %706, %705 ]
  %700 = phi i32 [ %684, %696 ], [ %701, %705 ]
  %701 = add nsw i32 %700, -1
  %702 = icmp ult i64 %699, %682
  br i1 %702, label %703, label %705

703:                                              ; preds = %698
  %704 = getelementptr inbounds i8, ptr %697, i64 %699
  store i8 32, ptr %704, align 1, !tbaa !3
  br label %705

705:                                              ; preds = %703, %698
  %706 = add i64 %699, 1
  %707 = icmp ugt i32 %700, 2
  br i1 %707, label %698, label %708, !llvm.loop !34

708:                                              ; preds = %705, %693
  %709 = phi i64 [ %694, %693 ], [ %706, %705 ]
  store i64 %709, ptr %301, align 8, !tbaa !20
  %710 = getelementptr inbounds i8, ptr %373, i64 1
  br label %747

711:                                              ; preds = %370
  %712 = icmp eq i8 %371, 108
  %713 = zext i1 %712 to i64
  %714 = getelementptr inbounds i8, ptr %373, i64 %713
  %715 = load i8, ptr %714, align 1, !tbaa !3
  %716 = icmp eq i8 %715, 108
  %717 = zext i1 %716 to i64
  %718 = getelementptr inbounds i8, ptr %714, i64 %717
  %719 = load i8, ptr %718, align 1, !tbaa !3
  switch i8 %719, label %725 [
    i8 100, label %720
    i8 105, label %720
    i8 120, label %722
    i8 88, label %724
  ]

720:                                              ; preds = %711, %711
  %721 = or i32 %341, 16
  br label %725

722:                                              ; preds = %711
  %723 = or i32 %341, 32
  br label %725

724:                                              ; preds = %711
  br label %725

725:                                              ; preds = %724, %722, %720, %711
  %726 = phi i32 [ %721, %720 ], [ %723, %722 ], [ %341, %724 ], [ %341, %711 ]
  %727 = phi i32 [ 10, %720 ], [ 16, %722 ], [ 16, %724 ], [ 10, %711 ]
  %728 = add i32 %305, 3
  %729 = and i32 %728, -4
  %730 = zext i32 %729 to i64
  %731 = getelementptr inbounds i8, ptr %14, i64 %730
  br i1 %712, label %732, label %735

732:                                              ; preds = %725
  %733 = load i64, ptr %731, align 4
  %734 = add i32 %729, 8
  br label %743

735:                                              ; preds = %725
  %736 = load i32, ptr %731, align 4
  %737 = zext i32 %736 to i64
  %738 = add i32 %729, 4
  %739 = and i32 %726, 16
  %740 = icmp eq i32 %739, 0
  %741 = sext i32 %736 to i64
  %742 = select i1 %740, i64 %737, i64 %741
  br label %743

743:                                              ; preds = %735, %732
  %744 = phi i32 [ %738, %735 ], [ %734, %732 ]
  %745 = phi i64 [ %742, %735 ], [ %733, %732 ]
  call fastcc void @number(ptr noundef nonnull %9, i64 noundef %745, i32 noundef %727, i32 noundef %726, i32 noundef %372) #8
  %746 = getelementptr inbounds i8, ptr %718, i64 1
  br label %747

747:                                              ; preds = %554, %743, %708, %654
  %748 = phi i32 [ %657, %654 ], [ %685, %708 ], [ %744, %743 ], [ %553, %554 ]
  %749 = phi ptr [ %658, %654 ], [ %710, %708 ], [ %746, %743 ], [ %555, %554 ]
  br label %304

750:                                              ; preds = %312
  %751 = icmp eq i32 %2, 0
  %752 = load i64, ptr %301, align 8
  br i1 %751, label %758, label %753

753:                                              ; preds = %750
  %754 = icmp ult i64 %752, %300
  %755 = add nsw i64 %300, -1
  %756 = select i1 %754, i64 %752, i64 %755
  %757 = getelementptr inbounds i8, ptr %1, i64 %756
  store i8 0, ptr %757, align 1, !tbaa !3
  br label %758

758:                                              ; preds = %750, %753
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %9) #7
  br label %759

759:                                              ; preds = %26, %133, %130, %200, %264, %255, %244, %229, %210, %203, %49, %38, %7, %143, %758
  %760 = phi i64 [ %752, %758 ], [ -22, %7 ], [ -28, %143 ], [ -22, %38 ], [ -22, %49 ], [ -22, %203 ], [ -28, %210 ], [ -28, %229 ], [ -22, %244 ], [ -28, %255 ], [ -28, %264 ], [ -22, %200 ], [ -22, %130 ], [ -22, %133 ], [ -22, %26 ]
  call void @llvm.lifetime.end.p0(i64 512, ptr nonnull %14) #7
  ret i64 %760
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nounwind
define dso_local i64 @pbh_snprintf(ptr noundef %0, ptr noundef %1, i32 noundef %2, ptr nocapture noundef readonly %3, ptr noundef readonly %4, i32 noundef %5) local_unnamed_addr #0 {
  %7 = and i32 %5, 7
  %8 = icmp ne i32 %7, 0
  %9 = icmp ugt i32 %5, 96
  %10 = or i1 %9, %8
  br i1 %10, label %21, label %11

11:                                               ; preds = %6
  %12 = icmp eq i32 %5, 0
  %13 = icmp ne ptr %4, null
  %14 = or i1 %13, %12
  br i1 %14, label %15, label %21

15:                                               ; preds = %11
  %16 = lshr exact i32 %5, 3
  %17 = tail call i64 @pbh_bprintf(ptr noundef %0, ptr noundef %1, i32 noundef %2, ptr noundef %3, i32 noundef -1, ptr noundef %4, i32 noundef %16) #8
  %18 = icmp sgt i64 %17, -1
  %19 = zext i1 %18 to i64
  %20 = add nsw i64 %17, %19
  br label %21

21:                                               ; preds = %6, %11, %15
  %22 = phi i64 [ %20, %15 ], [ -22, %11 ], [ -22, %6 ]
  ret i64 %22
}

; Function Attrs: nounwind
define dso_local i64 @pbh_trace_printk(ptr noundef %0, ptr nocapture noundef readonly %1, i32 noundef %2, i64 noundef %3, i64 noundef %4, i64 noundef %5) local_unnamed_addr #0 {
  %7 = alloca [1024 x i8], align 16
  %8 = alloca [3 x i64], align 16
  call void @llvm.lifetime.start.p0(i64 24, ptr nonnull %8) #7
  store i64 %3, ptr %8, align 16, !tbaa !11
  %9 = getelementptr inbounds i8, ptr %8, i64 8
  store i64 %4, ptr %9, align 8, !tbaa !11
  %10 = getelementptr inbounds i8, ptr %8, i64 16
  store i64 %5, ptr %10, align 16, !tbaa !11
  call void @llvm.lifetime.start.p0(i64 1024, ptr nonnull %7) #7
  %11 = call i64 @pbh_bprintf(ptr noundef %0, ptr noundef nonnull %7, i32 noundef 1024, ptr noundef readonly %1, i32 noundef %2, ptr noundef nonnull readonly %8, i32 noundef 3) #8
  %12 = icmp slt i64 %11, 0
  br i1 %12, label %28, label %13

13:                                               ; preds = %6
  %14 = getelementptr inbounds i8, ptr %0, i64 176
  br label %15

15:                                               ; preds = %20, %13
  %16 = phi i64 [ 0, %13 ], [ %21, %20 ]
  %17 = getelementptr inbounds i8, ptr %7, i64 %16
  %18 = load i8, ptr %17, align 1, !tbaa !3
  %19 = icmp eq i8 %18, 0
  br i1 %19, label %23, label %20

20:                                               ; preds = %15
  %21 = add nuw nsw i64 %16, 1
  %22 = icmp eq i64 %21, 1024
  br i1 %22, label %25, label %15, !llvm.loop !27

23:                                               ; preds = %15
  %24 = trunc nuw nsw i64 %16 to i32
  br label %25

25:                                               ; preds = %20, %23
  %26 = phi i32 [ %24, %23 ], [ 1024, %20 ]
  %27 = call i64 @pbh_log_append(ptr noundef nonnull %14, i32 noundef 0, ptr noundef nonnull %7, i32 noundef %26, ptr noundef null, i32 noundef 0) #9
  br label %28

28:                                               ; preds = %6, %25
  call void @llvm.lifetime.end.p0(i64 1024, ptr nonnull %7) #7
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %8) #7
  ret i64 %11
}

; Function Attrs: nounwind
define dso_local i64 @pbh_trace_vprintk(ptr noundef %0, ptr nocapture noundef readonly %1, i32 noundef %2, ptr noundef readonly %3, i32 noundef %4) local_unnamed_addr #0 {
  %6 = alloca [1024 x i8], align 16
  %7 = and i32 %4, 7
  %8 = icmp ne i32 %7, 0
  %9 = icmp ugt i32 %4, 96
  %10 = or i1 %9, %8
  br i1 %10, label %35, label %11

11:                                               ; preds = %5
  %12 = icmp eq i32 %4, 0
  %13 = icmp ne ptr %3, null
  %14 = or i1 %13, %12
  br i1 %14, label %15, label %35

15:                                               ; preds = %11
  %16 = lshr exact i32 %4, 3
  call void @llvm.lifetime.start.p0(i64 1024, ptr nonnull %6) #7
  %17 = call i64 @pbh_bprintf(ptr noundef %0, ptr noundef nonnull %6, i32 noundef 1024, ptr noundef readonly %1, i32 noundef %2, ptr noundef readonly %3, i32 noundef %16) #8
  %18 = icmp slt i64 %17, 0
  br i1 %18, label %34, label %19

19:                                               ; preds = %15
  %20 = getelementptr inbounds i8, ptr %0, i64 176
  br label %21

21:                                               ; preds = %26, %19
  %22 = phi i64 [ 0, %19 ], [ %27, %26 ]
  %23 = getelementptr inbounds i8, ptr %6, i64 %22
  %24 = load i8, ptr %23, align 1, !tbaa !3
  %25 = icmp eq i8 %24, 0
  br i1 %25, label %29, label %26

26:                                               ; preds = %21
  %27 = add nuw nsw i64 %22, 1
  %28 = icmp eq i64 %27, 1024
  br i1 %28, label %31, label %21, !llvm.loop !27

29:                                               ; preds = %21
  %30 = trunc nuw nsw i64 %22 to i32
  br label %31

31:                                               ; preds = %26, %29
  %32 = phi i32 [ %30, %29 ], [ 1024, %26 ]
  %33 = call i64 @pbh_log_append(ptr noundef nonnull %20, i32 noundef 0, ptr noundef nonnull %6, i32 noundef %32, ptr noundef null, i32 noundef 0) #9
  br label %34

34:                                               ; preds = %15, %31
  call void @llvm.lifetime.end.p0(i64 1024, ptr nonnull %6) #7
  br label %35

35:                                               ; preds = %5, %11, %34
  %36 = phi i64 [ %17, %34 ], [ -22, %11 ], [ -22, %5 ]
  ret i64 %36
}

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: write)
define internal fastcc i32 @format_sym(ptr nocapture noundef writeonly %0, i64 noundef %1) unnamed_addr #2 {
  %3 = alloca [16 x i8], align 16
  call void @llvm.lifetime.start.p0(i64 16, ptr nonnull %3) #7
  br label %4

4:                                                ; preds = %4, %2
  %5 = phi i64 [ %15, %4 ], [ 1, %2 ]
  %6 = phi i64 [ %11, %4 ], [ 0, %2 ]
  %7 = phi i64 [ %13, %4 ], [ %1, %2 ]
  %8 = and i64 %7, 15
  %9 = getelementptr inbounds [17 x i8], ptr @hex_lower, i64 0, i64 %8
  %10 = load i8, ptr %9, align 1, !tbaa !3
  %11 = add nuw nsw i64 %6, 1
  %12 = getelementptr inbounds [16 x i8], ptr %3, i64 0, i64 %6
  store i8 %10, ptr %12, align 1, !tbaa !3
  %13 = lshr i64 %7, 4
  %14 = icmp ult i64 %7, 16
  %15 = add nuw nsw i64 %5, 1
  br i1 %14, label %16, label %4, !llvm.loop !25

16:                                               ; preds = %4
  store i8 48, ptr %0, align 1, !tbaa !3
  %17 = getelementptr inbounds i8, ptr %0, i64 1
  store i8 120, ptr %17, align 1, !tbaa !3
  br label %18

18:                                               ; preds = %16, %18
  %19 = phi i64 [ %5, %16 ], [ %21, %18 ]
  %20 = phi i64 [ 2, %16 ], [ %24, %18 ]
  %21 = add nsw i64 %19, -1
  %22 = getelementptr inbounds [16 x i8], ptr %3, i64 0, i64 %21
  %23 = load i8, ptr %22, align 1, !tbaa !3
  %24 = add nuw nsw i64 %20, 1
  %25 = getelementptr inbounds i8, ptr %0, i64 %20
  store i8 %23, ptr %25, align 1, !tbaa !3
  %26 = icmp eq i64 %21, 0
  br i1 %26, label %27, label %18, !llvm.loop !26

27:                                               ; preds = %18
  %28 = trunc nuw nsw i64 %24 to i32
  %29 = and i64 %24, 4294967295
  %30 = getelementptr inbounds i8, ptr %0, i64 %29
  store i8 0, ptr %30, align 1, !tbaa !3
  call void @llvm.lifetime.end.p0(i64 16, ptr nonnull %3) #7
  ret i32 %28
}

declare i64 @pbh_read_kernel(ptr noundef, ptr noundef, i64 noundef, i64 noundef) local_unnamed_addr #3

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define internal fastcc i32 @format_ip(ptr nocapture noundef writeonly %0, ptr nocapture noundef readonly %1, i8 noundef signext %2, i8 noundef signext %3) unnamed_addr #4 {
  %5 = alloca [10 x i8], align 1
  %6 = icmp eq i8 %3, 52
  br i1 %6, label %9, label %7

7:                                                ; preds = %4
  %8 = icmp eq i8 %2, 73
  br label %71

9:                                                ; preds = %4
  %10 = icmp eq i8 %2, 105
  %11 = select i1 %10, i32 3, i32 1
  br label %12

12:                                               ; preds = %9, %66
  %13 = phi i64 [ 0, %9 ], [ %69, %66 ]
  %14 = phi i32 [ 0, %9 ], [ %68, %66 ]
  %15 = icmp eq i64 %13, 0
  br i1 %15, label %20, label %16

16:                                               ; preds = %12
  %17 = add i32 %14, 1
  %18 = zext i32 %14 to i64
  %19 = getelementptr inbounds i8, ptr %0, i64 %18
  store i8 46, ptr %19, align 1, !tbaa !3
  br label %20

20:                                               ; preds = %16, %12
  %21 = phi i32 [ %17, %16 ], [ %14, %12 ]
  %22 = zext i32 %21 to i64
  %23 = getelementptr inbounds i8, ptr %1, i64 %13
  %24 = load i8, ptr %23, align 1, !tbaa !3
  %25 = zext i8 %24 to i32
  call void @llvm.lifetime.start.p0(i64 10, ptr nonnull %5) #7
  br label %26

26:                                               ; preds = %26, %20
  %27 = phi i32 [ %38, %26 ], [ 1, %20 ]
  %28 = phi i32 [ %36, %26 ], [ %25, %20 ]
  %29 = phi i32 [ %33, %26 ], [ 0, %20 ]
  %30 = urem i32 %28, 10
  %31 = trunc nuw nsw i32 %30 to i8
  %32 = or disjoint i8 %31, 48
  %33 = add i32 %29, 1
  %34 = zext i32 %29 to i64
  %35 = getelementptr inbounds [10 x i8], ptr %5, i64 0, i64 %34
  store i8 %32, ptr %35, align 1, !tbaa !3
  %36 = udiv i32 %28, 10
  %37 = icmp ult i32 %28, 10
  %38 = add i32 %27, 1
  br i1 %37, label %39, label %26, !llvm.loop !35

39:                                               ; preds = %26
  %40 = getelementptr inbounds i8, ptr %0, i64 %22
  %41 = icmp ult i32 %33, %11
  br i1 %41, label %42, label %44

42:                                               ; preds = %39
  %43 = zext i32 %27 to i64
  br label %49

44:                                               ; preds = %39
  %45 = icmp eq i32 %33, 0
  br i1 %45, label %66, label %46

46:                                               ; preds = %49, %44
  %47 = phi i32 [ %33, %44 ], [ %11, %49 ]
  %48 = zext i32 %47 to i64
  br label %55

49:                                               ; preds = %49, %42
  %50 = phi i64 [ %43, %42 ], [ %51, %49 ]
  %51 = add nuw nsw i64 %50, 1
  %52 = getelementptr inbounds [10 x i8], ptr %5, i64 0, i64 %50
  store i8 48, ptr %52, align 1, !tbaa !3
  %53 = trunc i64 %51 to i32
  %54 = icmp eq i32 %11, %53
  br i1 %54, label %46, label %49, !llvm.loop !36

55:                                               ; preds = %55, %46
  %56 = phi i64 [ 0, %46 ], [ %64, %55 ]
  %57 = trunc nuw i64 %56 to i32
  %58 = xor i32 %57, -1
  %59 = add i32 %47, %58
  %60 = zext i32 %59 to i64
  %61 = getelementptr inbounds [10 x i8], ptr %5, i64 0, i64 %60
  %62 = load i8, ptr %61, align 1, !tbaa !3
  %63 = getelementptr inbounds i8, ptr %40, i64 %56
  store i8 %62, ptr %63, align 1, !tbaa !3
  %64 = add nuw nsw i64 %56, 1
  %65 = icmp eq i64 %64, %48
  br i1 %65, label %66, label %55, !llvm.loop !37

66:                                               ; preds = %55, %44
  %67 = phi i32 [ 0, %44 ], [ %47, %55 ]
  call void @llvm.lifetime.end.p0(i64 10, ptr nonnull %5) #7
  %68 = add i32 %67, %21
  %69 = add nuw nsw i64 %13, 1
  %70 = icmp eq i64 %69, 4
  br i1 %70, label %104, label %12, !llvm.loop !38

71:                                               ; preds = %7, %83
  %72 = phi i64 [ 0, %7 ], [ %102, %83 ]
  %73 = phi i32 [ 0, %7 ], [ %99, %83 ]
  %74 = icmp ne i64 %72, 0
  %75 = and i1 %8, %74
  %76 = and i64 %72, 1
  %77 = icmp eq i64 %76, 0
  %78 = and i1 %75, %77
  br i1 %78, label %79, label %83

79:                                               ; preds = %71
  %80 = add i32 %73, 1
  %81 = zext i32 %73 to i64
  %82 = getelementptr inbounds i8, ptr %0, i64 %81
  store i8 58, ptr %82, align 1, !tbaa !3
  br label %83

83:                                               ; preds = %79, %71
  %84 = phi i32 [ %80, %79 ], [ %73, %71 ]
  %85 = getelementptr inbounds i8, ptr %1, i64 %72
  %86 = load i8, ptr %85, align 1, !tbaa !3
  %87 = lshr i8 %86, 4
  %88 = zext nneg i8 %87 to i64
  %89 = getelementptr inbounds [17 x i8], ptr @hex_lower, i64 0, i64 %88
  %90 = load i8, ptr %89, align 1, !tbaa !3
  %91 = add i32 %84, 1
  %92 = zext i32 %84 to i64
  %93 = getelementptr inbounds i8, ptr %0, i64 %92
  store i8 %90, ptr %93, align 1, !tbaa !3
  %94 = load i8, ptr %85, align 1, !tbaa !3
  %95 = and i8 %94, 15
  %96 = zext nneg i8 %95 to i64
  %97 = getelementptr inbounds [17 x i8], ptr @hex_lower, i64 0, i64 %96
  %98 = load i8, ptr %97, align 1, !tbaa !3
  %99 = add i32 %84, 2
  %100 = zext i32 %91 to i64
  %101 = getelementptr inbounds i8, ptr %0, i64 %100
  store i8 %98, ptr %101, align 1, !tbaa !3
  %102 = add nuw nsw i64 %72, 1
  %103 = icmp eq i64 %102, 16
  br i1 %103, label %104, label %71, !llvm.loop !39

104:                                              ; preds = %83, %66
  %105 = phi i32 [ %68, %66 ], [ %99, %83 ]
  %106 = zext i32 %105 to i64
  %107 = getelementptr inbounds i8, ptr %0, i64 %106
  store i8 0, ptr %107, align 1, !tbaa !3
  ret i32 %105
}

declare i64 @pbh_read_str(ptr noundef, ptr noundef, i64 noundef, i64 noundef, i32 noundef) local_unnamed_addr #3

; Function Attrs: nofree norecurse nosync nounwind memory(write, argmem: readwrite, inaccessiblemem: none)
define internal fastcc void @number(ptr nocapture noundef %0, i64 noundef %1, i32 noundef %2, i32 noundef %3, i32 noundef %4) unnamed_addr #5 {
  %6 = alloca [24 x i8], align 16
  call void @llvm.lifetime.start.p0(i64 24, ptr nonnull %6) #7
  %7 = and i32 %3, 1
  %8 = icmp eq i32 %7, 0
  %9 = and i32 %3, -9
  %10 = select i1 %8, i32 %3, i32 %9
  %11 = and i32 %10, 16
  %12 = icmp eq i32 %11, 0
  br i1 %12, label %28, label %13

13:                                               ; preds = %5
  %14 = icmp slt i64 %1, 0
  br i1 %14, label %15, label %18

15:                                               ; preds = %13
  %16 = sub nsw i64 0, %1
  %17 = add nsw i32 %4, -1
  br label %28

18:                                               ; preds = %13
  %19 = and i32 %10, 2
  %20 = icmp eq i32 %19, 0
  br i1 %20, label %23, label %21

21:                                               ; preds = %18
  %22 = add nsw i32 %4, -1
  br label %28

23:                                               ; preds = %18
  %24 = and i32 %10, 4
  %25 = icmp eq i32 %24, 0
  br i1 %25, label %28, label %26

26:                                               ; preds = %23
  %27 = add nsw i32 %4, -1
  br label %28

28:                                               ; preds = %15, %23, %26, %21, %5
  %29 = phi i32 [ %17, %15 ], [ %22, %21 ], [ %27, %26 ], [ %4, %23 ], [ %4, %5 ]
  %30 = phi i1 [ false, %15 ], [ false, %21 ], [ false, %26 ], [ true, %23 ], [ true, %5 ]
  %31 = phi i8 [ 45, %15 ], [ 43, %21 ], [ 32, %26 ], [ 0, %23 ], [ 0, %5 ]
  %32 = phi i64 [ %16, %15 ], [ %1, %21 ], [ %1, %26 ], [ %1, %23 ], [ %1, %5 ]
  %33 = zext nneg i32 %2 to i64
  %34 = and i32 %10, 32
  %35 = or disjoint i32 %34, 65
  br label %36

36:                                               ; preds = %51, %28
  %37 = phi i64 [ %57, %51 ], [ 1, %28 ]
  %38 = phi i64 [ %54, %51 ], [ 0, %28 ]
  %39 = phi i64 [ %41, %51 ], [ %32, %28 ]
  %40 = urem i64 %39, %33
  %41 = udiv i64 %39, %33
  %42 = icmp ult i64 %40, 10
  %43 = trunc nuw nsw i64 %40 to i32
  br i1 %42, label %44, label %46

44:                                               ; preds = %36
  %45 = or disjoint i32 %43, 48
  br label %51

46:                                               ; preds = %36
  %47 = add nuw i32 %35, %43
  %48 = shl i32 %47, 24
  %49 = add i32 %48, -167772160
  %50 = ashr exact i32 %49, 24
  br label %51

51:                                               ; preds = %46, %44
  %52 = phi i32 [ %45, %44 ], [ %50, %46 ]
  %53 = trunc nsw i32 %52 to i8
  %54 = add nuw nsw i64 %38, 1
  %55 = getelementptr inbounds [24 x i8], ptr %6, i64 0, i64 %38
  store i8 %53, ptr %55, align 1, !tbaa !3
  %56 = icmp ult i64 %39, %33
  %57 = add nuw i64 %37, 1
  br i1 %56, label %58, label %36, !llvm.loop !40

58:                                               ; preds = %51
  %59 = trunc nuw i64 %54 to i32
  %60 = sub nsw i32 %29, %59
  %61 = and i32 %10, 9
  %62 = icmp eq i32 %61, 0
  br i1 %62, label %63, label %84

63:                                               ; preds = %58
  %64 = add nsw i32 %60, -1
  %65 = icmp sgt i32 %60, 0
  br i1 %65, label %66, label %84

66:                                               ; preds = %63
  %67 = getelementptr inbounds i8, ptr %0, i64 8
  %68 = getelementptr inbounds i8, ptr %0, i64 16
  %69 = load i64, ptr %67, align 8, !tbaa !20
  br label %70

70:                                               ; preds = %66, %79
  %71 = phi i64 [ %69, %66 ], [ %81, %79 ]
  %72 = phi i32 [ %64, %66 ], [ %82, %79 ]
  %73 = load i64, ptr %68, align 8, !tbaa !21
  %74 = icmp ult i64 %71, %73
  br i1 %74, label %75, label %79

75:                                               ; preds = %70
  %76 = load ptr, ptr %0, align 8, !tbaa !17
  %77 = getelementptr inbounds i8, ptr %76, i64 %71
  store i8 32, ptr %77, align 1, !tbaa !3
  %78 = load i64, ptr %67, align 8, !tbaa !20
  br label %79

79:                                               ; preds = %70, %75
  %80 = phi i64 [ %78, %75 ], [ %71, %70 ]
  %81 = add i64 %80, 1
  store i64 %81, ptr %67, align 8, !tbaa !20
  %82 = add nsw i32 %72, -1
  %83 = icmp sgt i32 %72, 0
  br i1 %83, label %70, label %84, !llvm.loop !41

84:                                               ; preds = %79, %63, %58
  %85 = phi i32 [ %60, %58 ], [ %64, %63 ], [ -1, %79 ]
  br i1 %30, label %99, label %86

86:                                               ; preds = %84
  %87 = getelementptr inbounds i8, ptr %0, i64 8
  %88 = load i64, ptr %87, align 8, !tbaa !20
  %89 = getelementptr inbounds i8, ptr %0, i64 16
  %90 = load i64, ptr %89, align 8, !tbaa !21
  %91 = icmp ult i64 %88, %90
  br i1 %91, label %92, label %96

92:                                               ; preds = %86
  %93 = load ptr, ptr %0, align 8, !tbaa !17
  %94 = getelementptr inbounds i8, ptr %93, i64 %88
  store i8 %31, ptr %94, align 1, !tbaa !3
  %95 = load i64, ptr %87, align 8, !tbaa !20
  br label %96

96:                                               ; preds = %86, %92
  %97 = phi i64 [ %95, %92 ], [ %88, %86 ]
  %98 = add i64 %97, 1
  store i64 %98, ptr %87, align 8, !tbaa !20
  br label %99

99:                                               ; preds = %96, %84
  %100 = and i32 %10, 1
  %101 = icmp eq i32 %100, 0
  br i1 %101, label %102, label %126

102:                                              ; preds = %99
  %103 = add nsw i32 %85, -1
  %104 = icmp sgt i32 %85, 0
  br i1 %104, label %105, label %126

105:                                              ; preds = %102
  %106 = getelementptr inbounds i8, ptr %0, i64 8
  %107 = getelementptr inbounds i8, ptr %0, i64 16
  %108 = and i32 %10, 8
  %109 = icmp eq i32 %108, 0
  %110 = select i1 %109, i8 32, i8 48
  %111 = load i64, ptr %106, align 8, !tbaa !20
  br label %112

112:                                              ; preds = %105, %121
  %113 = phi i64 [ %111, %105 ], [ %123, %121 ]
  %114 = phi i32 [ %103, %105 ], [ %124, %121 ]
  %115 = load i64, ptr %107, align 8, !tbaa !21
  %116 = icmp ult i64 %113, %115
  br i1 %116, label %117, label %121

117:                                              ; preds = %112
  %118 = load ptr, ptr %0, align 8, !tbaa !17
  %119 = getelementptr inbounds i8, ptr %118, i64 %113
  store i8 %110, ptr %119, align 1, !tbaa !3
  %120 = load i64, ptr %106, align 8, !tbaa !20
  br label %121

121:                                              ; preds = %112, %117
  %122 = phi i64 [ %120, %117 ], [ %113, %112 ]
  %123 = add i64 %122, 1
  store i64 %123, ptr %106, align 8, !tbaa !20
  %124 = add nsw i32 %114, -1
  %125 = icmp sgt i32 %114, 0
  br i1 %125, label %112, label %126, !llvm.loop !42

126:                                              ; preds = %121, %102, %99
  %127 = phi i32 [ %85, %99 ], [ %103, %102 ], [ -1, %121 ]
  %128 = getelementptr inbounds i8, ptr %0, i64 8
  %129 = getelementptr inbounds i8, ptr %0, i64 16
  %130 = load i64, ptr %128, align 8, !tbaa !20
  br label %133

131:                                              ; preds = %146
  %132 = icmp sgt i32 %127, 0
  br i1 %132, label %151, label %165

133:                                              ; preds = %126, %146
  %134 = phi i64 [ %130, %126 ], [ %148, %146 ]
  %135 = phi i64 [ %37, %126 ], [ %136, %146 ]
  %136 = add nsw i64 %135, -1
  %137 = load i64, ptr %129, align 8, !tbaa !21
  %138 = icmp ult i64 %134, %137
  br i1 %138, label %139, label %146

139:                                              ; preds = %133
  %140 = and i64 %136, 4294967295
  %141 = getelementptr inbounds [24 x i8], ptr %6, i64 0, i64 %140
  %142 = load i8, ptr %141, align 1, !tbaa !3
  %143 = load ptr, ptr %0, align 8, !tbaa !17
  %144 = getelementptr inbounds i8, ptr %143, i64 %134
  store i8 %142, ptr %144, align 1, !tbaa !3
  %145 = load i64, ptr %128, align 8, !tbaa !20
  br label %146

146:                                              ; preds = %133, %139
  %147 = phi i64 [ %145, %139 ], [ %134, %133 ]
  %148 = add i64 %147, 1
  store i64 %148, ptr %128, align 8, !tbaa !20
  %149 = trunc nuw i64 %135 to i32
  %150 = icmp sgt i32 %149, 1
  br i1 %150, label %133, label %131, !llvm.loop !43

151:                                              ; preds = %131, %161
  %152 = phi i64 [ %163, %161 ], [ %148, %131 ]
  %153 = phi i32 [ %154, %161 ], [ %127, %131 ]
  %154 = add nsw i32 %153, -1
  %155 = load i64, ptr %129, align 8, !tbaa !21
  %156 = icmp ult i64 %152, %155
  br i1 %156, label %157, label %161

157:                                              ; preds = %151
  %158 = load ptr, ptr %0, align 8, !tbaa !17
  %159 = getelementptr inbounds i8, ptr %158, i64 %152
  store i8 32, ptr %159, align 1, !tbaa !3
  %160 = load i64, ptr %128, align 8, !tbaa !20
  br label %161

161:                                              ; preds = %151, %157
  %162 = phi i64 [ %160, %157 ], [ %152, %151 ]
  %163 = add i64 %162, 1
  store i64 %163, ptr %128, align 8, !tbaa !20
  %164 = icmp ugt i32 %153, 1
  br i1 %164, label %151, label %165, !llvm.loop !44

165:                                              ; preds = %161, %131
  call void @llvm.lifetime.end.p0(i64 24, ptr nonnull %6) #7
  ret void
}

declare i64 @pbh_log_append(ptr noundef, i32 noundef, ptr noundef, i32 noundef, ptr noundef, i32 noundef) local_unnamed_addr #3

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smin.i32(i32, i32) #6

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.umin.i64(i64, i64) #6

attributes #0 = { nounwind "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nofree norecurse nosync nounwind memory(argmem: write) "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" }
attributes #3 = { "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" }
attributes #4 = { nofree norecurse nosync nounwind memory(argmem: readwrite) "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" }
attributes #5 = { nofree norecurse nosync nounwind memory(write, argmem: readwrite, inaccessiblemem: none) "min-legal-vector-width"="0" "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" }
attributes #6 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #7 = { nounwind }
attributes #8 = { nobuiltin "no-builtins" }
attributes #9 = { nobuiltin nounwind "no-builtins" }

!llvm.module.flags = !{!0, !1, !2}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{!4, !4, i64 0}
!4 = !{!"omnipotent char", !5, i64 0}
!5 = !{!"Simple C/C++ TBAA"}
!6 = distinct !{!6, !7, !8}
!7 = !{!"llvm.loop.mustprogress"}
!8 = !{!"llvm.loop.unroll.disable"}
!9 = distinct !{!9, !7, !8}
!10 = distinct !{!10, !7, !8}
!11 = !{!12, !12, i64 0}
!12 = !{!"long long", !4, i64 0}
!13 = distinct !{!13, !7, !8}
!14 = distinct !{!14, !7, !8}
!15 = distinct !{!15, !7, !8}
!16 = distinct !{!16, !7, !8}
!17 = !{!18, !19, i64 0}
!18 = !{!"out", !19, i64 0, !12, i64 8, !12, i64 16}
!19 = !{!"any pointer", !4, i64 0}
!20 = !{!18, !12, i64 8}
!21 = !{!18, !12, i64 16}
!22 = distinct !{!22, !7, !8}
!23 = distinct !{!23, !8}
!24 = distinct !{!24, !7, !8}
!25 = distinct !{!25, !7, !8}
!26 = distinct !{!26, !7, !8}
!27 = distinct !{!27, !7, !8}
!28 = distinct !{!28, !7, !8}
!29 = distinct !{!29, !7, !8}
!30 = distinct !{!30, !7, !8}
!31 = distinct !{!31, !7, !8}
!32 = distinct !{!32, !7, !8}
!33 = distinct !{!33, !7, !8}
!34 = distinct !{!34, !7, !8}
!35 = distinct !{!35, !7, !8}
!36 = distinct !{!36, !7, !8}
!37 = distinct !{!37, !7, !8}
!38 = distinct !{!38, !7, !8}
!39 = distinct !{!39, !7, !8}
!40 = distinct !{!40, !7, !8}
!41 = distinct !{!41, !7, !8}
!42 = distinct !{!42, !7, !8}
!43 = distinct !{!43, !7, !8}
!44 = distinct !{!44, !7, !8}
