// @generated from AWS::Rekognition::StreamProcessor (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Rekognition::StreamProcessor` and its property types.

/// The AWS::Rekognition::StreamProcessor type is used to create an Amazon Rekognition StreamProcessor that you can use to analyze streaming videos.
///
/// CloudFormation type `AWS::Rekognition::StreamProcessor`.
#[derive(Debug, Clone, PartialEq)]
pub struct StreamProcessor {
    props: ::forma_core::schema::Props,
}
impl StreamProcessor {
    /// A new resource with its required properties: `KinesisVideoStream`, `RoleArn`.
    ///
    /// CloudFormation also needs exactly one of: `ConnectedHomeSettings`, `S3Destination` and `NotificationChannel`; or `FaceSearchSettings` and `KinesisDataStream`.
    #[track_caller]
    pub fn new(
        kinesis_video_stream: impl ::std::convert::Into<::forma_core::Value<KinesisVideoStream>>,
        role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(5, kinesis_video_stream.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(10, role_arn.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The BoundingBoxRegionsOfInterest specifies an array of bounding boxes of interest in the video frames to analyze, as part of connected home feature.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn bounding_box_regions_of_interest(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<BoundingBox>>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Connected home settings to use on a streaming video.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn connected_home_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<ConnectedHomeSettings>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Indicates whether Rekognition is allowed to store the video stream data for model-training.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn data_sharing_preference(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DataSharingPreference>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Face search settings to use on a streaming video.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn face_search_settings(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<FaceSearchSettings>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The Amazon Kinesis Data Stream stream to which the Amazon Rekognition stream processor streams the analysis results, as part of face search feature.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn kinesis_data_stream(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<KinesisDataStream>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The KMS key that is used by Rekognition to encrypt any intermediate customer metadata and store in the customer's S3 bucket.
    ///
    /// Allowed: length 1 to 2048.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn kms_key_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Name of the stream processor.
    ///
    /// Allowed: length 1 to 128.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The ARN of the SNS notification channel where events of interests are published, as part of connected home feature.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn notification_channel(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<NotificationChannel>>,
    ) -> Self {
        self.props.set_at(8, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The PolygonRegionsOfInterest specifies a set of polygon areas of interest in the video frames to analyze, as part of connected home feature.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn polygon_regions_of_interest(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::vec::Vec<Point>>>>,
    ) -> Self {
        self.props.set_at(9, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The S3 location in customer's account where inference output & artifacts are stored, as part of connected home feature.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn s3_destination(mut self, value: impl ::std::convert::Into<::forma_core::Value<S3Destination>>) -> Self {
        self.props.set_at(11, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// An array of key-value pairs to apply to this resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(12, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for StreamProcessor {
    type Attributes = StreamProcessorAttributes;
    fn type_name(&self) -> &str {
        "AWS::Rekognition::StreamProcessor"
    }
    fn into_properties(self) -> ::forma_core::schema::Object {
        self.props.into_object(SPEC.properties)
    }
    fn into_parts(self) -> (::forma_core::schema::Object, ::forma_core::schema::SetAt) {
        self.props.into_parts(SPEC.properties)
    }
    fn schema(&self) -> ::std::option::Option<&'static ::forma_core::schema::ResourceType> {
        Some(&SPEC)
    }
}
/// The attributes of a `AWS::Rekognition::StreamProcessor` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct StreamProcessorAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for StreamProcessorAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl StreamProcessorAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Status")
    }
    /// `Fn::GetAtt` `StatusMessage`.
    pub fn status_message(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "StatusMessage")
    }
}

/// A bounding box denoting a region of interest in the frame to be analyzed.
#[derive(Debug, Clone, PartialEq)]
pub struct BoundingBox {
    props: ::forma_core::schema::Props,
}
impl BoundingBox {
    /// A new value with its required properties: `Height`, `Left`, `Top`, `Width`.
    pub fn new(
        height: impl ::std::convert::Into<::forma_core::Value<f64>>,
        left: impl ::std::convert::Into<::forma_core::Value<f64>>,
        top: impl ::std::convert::Into<::forma_core::Value<f64>>,
        width: impl ::std::convert::Into<::forma_core::Value<f64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, height.into().into_expr());
        props.set(1, left.into().into_expr());
        props.set(2, top.into().into_expr());
        props.set(3, width.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<BoundingBox> for ::forma_core::Value<BoundingBox> {
    fn from(v: BoundingBox) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(BOUNDING_BOX_TYPE.properties))
    }
}

/// Connected home settings to use on a streaming video.
#[derive(Debug, Clone, PartialEq)]
pub struct ConnectedHomeSettings {
    props: ::forma_core::schema::Props,
}
impl ConnectedHomeSettings {
    /// A new value with its required properties: `Labels`.
    pub fn new(labels: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, labels.into().into_expr());
        Self { props }
    }
    /// Minimum object class match confidence score that must be met to return a result for a recognized object.
    ///
    /// Allowed: 0 to 100.
    pub fn min_confidence(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<ConnectedHomeSettings> for ::forma_core::Value<ConnectedHomeSettings> {
    fn from(v: ConnectedHomeSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONNECTED_HOME_SETTINGS_TYPE.properties))
    }
}

/// Indicates whether Rekognition is allowed to store the video stream data for model-training.
#[derive(Debug, Clone, PartialEq)]
pub struct DataSharingPreference {
    props: ::forma_core::schema::Props,
}
impl DataSharingPreference {
    /// A new value with its required properties: `OptIn`.
    pub fn new(opt_in: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, opt_in.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<DataSharingPreference> for ::forma_core::Value<DataSharingPreference> {
    fn from(v: DataSharingPreference) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DATA_SHARING_PREFERENCE_TYPE.properties))
    }
}

/// Face search settings to use on a streaming video.
#[derive(Debug, Clone, PartialEq)]
pub struct FaceSearchSettings {
    props: ::forma_core::schema::Props,
}
impl FaceSearchSettings {
    /// A new value with its required properties: `CollectionId`.
    pub fn new(collection_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, collection_id.into().into_expr());
        Self { props }
    }
    /// Minimum face match confidence score percentage that must be met to return a result for a recognized face.
    ///
    /// Allowed: 0 to 100.
    pub fn face_match_threshold(mut self, value: impl ::std::convert::Into<::forma_core::Value<f64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<FaceSearchSettings> for ::forma_core::Value<FaceSearchSettings> {
    fn from(v: FaceSearchSettings) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FACE_SEARCH_SETTINGS_TYPE.properties))
    }
}

/// The Amazon Kinesis Data Stream stream to which the Amazon Rekognition stream processor streams the analysis results, as part of face search feature.
#[derive(Debug, Clone, PartialEq)]
pub struct KinesisDataStream {
    props: ::forma_core::schema::Props,
}
impl KinesisDataStream {
    /// A new value with its required properties: `Arn`.
    pub fn new(arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, arn.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<KinesisDataStream> for ::forma_core::Value<KinesisDataStream> {
    fn from(v: KinesisDataStream) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(KINESIS_DATA_STREAM_TYPE.properties))
    }
}

/// The Kinesis Video Stream that streams the source video.
#[derive(Debug, Clone, PartialEq)]
pub struct KinesisVideoStream {
    props: ::forma_core::schema::Props,
}
impl KinesisVideoStream {
    /// A new value with its required properties: `Arn`.
    pub fn new(arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, arn.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<KinesisVideoStream> for ::forma_core::Value<KinesisVideoStream> {
    fn from(v: KinesisVideoStream) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(KINESIS_VIDEO_STREAM_TYPE.properties))
    }
}

/// The ARN of the SNS notification channel where events of interests are published, as part of connected home feature.
#[derive(Debug, Clone, PartialEq)]
pub struct NotificationChannel {
    props: ::forma_core::schema::Props,
}
impl NotificationChannel {
    /// A new value with its required properties: `Arn`.
    pub fn new(arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, arn.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<NotificationChannel> for ::forma_core::Value<NotificationChannel> {
    fn from(v: NotificationChannel) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(NOTIFICATION_CHANNEL_TYPE.properties))
    }
}

/// An (X, Y) cartesian coordinate denoting a point on the frame
#[derive(Debug, Clone, PartialEq)]
pub struct Point {
    props: ::forma_core::schema::Props,
}
impl Point {
    /// A new value with its required properties: `X`, `Y`.
    pub fn new(
        x: impl ::std::convert::Into<::forma_core::Value<f64>>,
        y: impl ::std::convert::Into<::forma_core::Value<f64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, x.into().into_expr());
        props.set(1, y.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Point> for ::forma_core::Value<Point> {
    fn from(v: Point) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(POINT_TYPE.properties))
    }
}

/// The S3 location in customer's account where inference output & artifacts are stored, as part of connected home feature.
#[derive(Debug, Clone, PartialEq)]
pub struct S3Destination {
    props: ::forma_core::schema::Props,
}
impl S3Destination {
    /// A new value with its required properties: `BucketName`.
    pub fn new(bucket_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, bucket_name.into().into_expr());
        Self { props }
    }
    /// The object key prefix path where the results will be stored.
    ///
    /// Allowed: length 0 to 256.
    pub fn object_key_prefix(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<S3Destination> for ::forma_core::Value<S3Destination> {
    fn from(v: S3Destination) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(S3_DESTINATION_TYPE.properties))
    }
}

/// A key-value pair to associate with a resource.
#[derive(Debug, Clone, PartialEq)]
pub struct Tag {
    props: ::forma_core::schema::Props,
}
impl Tag {
    /// A new value with its required properties: `Key`, `Value`.
    pub fn new(
        key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, key.into().into_expr());
        props.set(1, value.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Tag> for ::forma_core::Value<Tag> {
    fn from(v: Tag) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TAG_TYPE.properties))
    }
}

/// The schema of `AWS::Rekognition::StreamProcessor`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Rekognition::StreamProcessor",
    properties: &[
        ::forma_core::schema::Property {
            name: "BoundingBoxRegionsOfInterest",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&BOUNDING_BOX_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "ConnectedHomeSettings",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&CONNECTED_HOME_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DataSharingPreference",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&DATA_SHARING_PREFERENCE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "FaceSearchSettings",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&FACE_SEARCH_SETTINGS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "KinesisDataStream",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&KINESIS_DATA_STREAM_TYPE),
        },
        ::forma_core::schema::Property {
            name: "KinesisVideoStream",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&KINESIS_VIDEO_STREAM_TYPE),
        },
        ::forma_core::schema::Property {
            name: "KmsKeyId",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[A-Za-z0-9][A-Za-z0-9:_/+=,@.-]{0,2048}$"),
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[a-zA-Z0-9_.\\-]+"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "NotificationChannel",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&NOTIFICATION_CHANNEL_TYPE),
        },
        ::forma_core::schema::Property {
            name: "PolygonRegionsOfInterest",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::List(
                    &::forma_core::schema::Shape::Object(&POINT_TYPE),
                    ::forma_core::schema::ListRule { min_items: Some(3), max_items: None },
                ),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "RoleArn",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("arn:aws(-[\\w]+)*:iam::[0-9]{12}:role/.*"),
                min_length: None,
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "S3Destination",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&S3_DESTINATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(200) },
            ),
        },
    ],
    rules: &[::forma_core::schema::Combination::OneOf(&[
        &["ConnectedHomeSettings", "S3Destination", "NotificationChannel"],
        &["FaceSearchSettings", "KinesisDataStream"],
    ])],
    attributes: &["Arn", "Status", "StatusMessage"],
};

static BOUNDING_BOX_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Rekognition::StreamProcessor.BoundingBox",
    properties: &[
        ::forma_core::schema::Property {
            name: "Height",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(100.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "Left",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(100.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "Top",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(100.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "Width",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(100.0),
            }),
        },
    ],
    rules: &[],
};

static CONNECTED_HOME_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Rekognition::StreamProcessor.ConnectedHomeSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "Labels",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: None,
                    min_length: Some(1),
                    max_length: Some(128),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "MinConfidence",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(100.0),
            }),
        },
    ],
    rules: &[],
};

static DATA_SHARING_PREFERENCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Rekognition::StreamProcessor.DataSharingPreference",
    properties: &[::forma_core::schema::Property {
        name: "OptIn",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Boolean,
    }],
    rules: &[],
};

static FACE_SEARCH_SETTINGS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Rekognition::StreamProcessor.FaceSearchSettings",
    properties: &[
        ::forma_core::schema::Property {
            name: "CollectionId",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("\\A[a-zA-Z0-9_\\.\\-]+$"),
                min_length: None,
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "FaceMatchThreshold",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(100.0),
            }),
        },
    ],
    rules: &[],
};

static KINESIS_DATA_STREAM_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Rekognition::StreamProcessor.KinesisDataStream",
    properties: &[::forma_core::schema::Property {
        name: "Arn",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("(^arn:([a-z\\d-]+):kinesis:([a-z\\d-]+):\\d{12}:.+$)"),
            min_length: None,
            max_length: Some(2048),
        }),
    }],
    rules: &[],
};

static KINESIS_VIDEO_STREAM_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Rekognition::StreamProcessor.KinesisVideoStream",
    properties: &[::forma_core::schema::Property {
        name: "Arn",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("(^arn:([a-z\\d-]+):kinesisvideo:([a-z\\d-]+):\\d{12}:.+$)"),
            min_length: None,
            max_length: Some(2048),
        }),
    }],
    rules: &[],
};

static NOTIFICATION_CHANNEL_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Rekognition::StreamProcessor.NotificationChannel",
    properties: &[::forma_core::schema::Property {
        name: "Arn",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: None,
            min_length: None,
            max_length: Some(2048),
        }),
    }],
    rules: &[],
};

static POINT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Rekognition::StreamProcessor.Point",
    properties: &[
        ::forma_core::schema::Property {
            name: "X",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Y",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
    ],
    rules: &[],
};

static S3_DESTINATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Rekognition::StreamProcessor.S3Destination",
    properties: &[
        ::forma_core::schema::Property {
            name: "BucketName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(63),
            }),
        },
        ::forma_core::schema::Property {
            name: "ObjectKeyPrefix",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Rekognition::StreamProcessor.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("\\A(?!aws:)[a-zA-Z0-9+\\-=\\._\\:\\/@]+$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("\\A[a-zA-Z0-9+\\-=\\._\\:\\/@]+$"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};
