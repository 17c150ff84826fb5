// @generated from AWS::SimSpaceWeaver::Simulation (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::SimSpaceWeaver::Simulation` and its property types.

/// AWS::SimSpaceWeaver::Simulation resource creates an AWS Simulation.
///
/// CloudFormation type `AWS::SimSpaceWeaver::Simulation`.
#[derive(Debug, Clone, PartialEq)]
pub struct Simulation {
    props: ::forma_core::schema::Props,
}
impl Simulation {
    /// A new resource with its required properties: `Name`, `RoleArn`.
    ///
    /// CloudFormation also needs exactly one of `SchemaS3Location` or `SnapshotS3Location`.
    #[track_caller]
    pub fn new(
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        role_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, role_arn.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The maximum running time of the simulation.
    ///
    /// Allowed: length 2 to 6.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn maximum_duration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `SchemaS3Location`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn schema_s3_location(mut self, value: impl ::std::convert::Into<::forma_core::Value<S3Location>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `SnapshotS3Location`.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn snapshot_s3_location(mut self, value: impl ::std::convert::Into<::forma_core::Value<S3Location>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Simulation {
    type Attributes = SimulationAttributes;
    fn type_name(&self) -> &str {
        "AWS::SimSpaceWeaver::Simulation"
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
/// The attributes of a `AWS::SimSpaceWeaver::Simulation` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct SimulationAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for SimulationAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl SimulationAttributes {
    /// `Fn::GetAtt` `DescribePayload`.
    pub fn describe_payload(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "DescribePayload")
    }
}

/// The `S3Location` property type of `AWS::SimSpaceWeaver::Simulation`.
#[derive(Debug, Clone, PartialEq)]
pub struct S3Location {
    props: ::forma_core::schema::Props,
}
impl S3Location {
    /// A new value with its required properties: `BucketName`, `ObjectKey`.
    pub fn new(
        bucket_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        object_key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, bucket_name.into().into_expr());
        props.set(1, object_key.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<S3Location> for ::forma_core::Value<S3Location> {
    fn from(v: S3Location) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(S3_LOCATION_TYPE.properties))
    }
}

/// The schema of `AWS::SimSpaceWeaver::Simulation`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::SimSpaceWeaver::Simulation",
    properties: &[
        ::forma_core::schema::Property {
            name: "MaximumDuration",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(2),
                max_length: Some(6),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[a-zA-Z0-9_\\-]{1,2048}$"),
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "RoleArn",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SchemaS3Location",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&S3_LOCATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SnapshotS3Location",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&S3_LOCATION_TYPE),
        },
    ],
    rules: &[::forma_core::schema::Combination::OneOf(&[&["SchemaS3Location"], &["SnapshotS3Location"]])],
    attributes: &["DescribePayload"],
};

static S3_LOCATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SimSpaceWeaver::Simulation.S3Location",
    properties: &[
        ::forma_core::schema::Property {
            name: "BucketName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("[a-zA-Z0-9_\\-]{3,63}$"),
                min_length: Some(3),
                max_length: Some(63),
            }),
        },
        ::forma_core::schema::Property {
            name: "ObjectKey",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(3),
                max_length: Some(255),
            }),
        },
    ],
    rules: &[],
};
