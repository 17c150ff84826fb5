// @generated from AWS::Forecast::DatasetGroup (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Forecast::DatasetGroup` and its property types.

/// Represents a dataset group that holds a collection of related datasets
///
/// CloudFormation type `AWS::Forecast::DatasetGroup`.
#[derive(Debug, Clone, PartialEq)]
pub struct DatasetGroup {
    props: ::forma_core::schema::Props,
}
impl DatasetGroup {
    /// A new resource with its required properties: `DatasetGroupName`, `Domain`.
    #[track_caller]
    pub fn new(
        dataset_group_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        domain: impl ::forma_core::schema::EnumArg<Domain>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, dataset_group_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, domain.into_enum_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// An array of Amazon Resource Names (ARNs) of the datasets that you want to include in the dataset group.
    #[track_caller]
    pub fn dataset_arns(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The tags of Application Insights application.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for DatasetGroup {
    type Attributes = DatasetGroupAttributes;
    fn type_name(&self) -> &str {
        "AWS::Forecast::DatasetGroup"
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
/// The attributes of a `AWS::Forecast::DatasetGroup` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct DatasetGroupAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for DatasetGroupAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl DatasetGroupAttributes {
    /// `Fn::GetAtt` `DatasetGroupArn`.
    pub fn dataset_group_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "DatasetGroupArn")
    }
}

/// The values CloudFormation documents: `RETAIL`, `CUSTOM`, `INVENTORY_PLANNING`, `EC2_CAPACITY`, `WORK_FORCE`, `WEB_TRAFFIC`, `METRICS`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Domain {
    /// `RETAIL`
    Retail,
    /// `CUSTOM`
    Custom,
    /// `INVENTORY_PLANNING`
    InventoryPlanning,
    /// `EC2_CAPACITY`
    Ec2Capacity,
    /// `WORK_FORCE`
    WorkForce,
    /// `WEB_TRAFFIC`
    WebTraffic,
    /// `METRICS`
    Metrics,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Domain {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Retail => "RETAIL",
            Self::Custom => "CUSTOM",
            Self::InventoryPlanning => "INVENTORY_PLANNING",
            Self::Ec2Capacity => "EC2_CAPACITY",
            Self::WorkForce => "WORK_FORCE",
            Self::WebTraffic => "WEB_TRAFFIC",
            Self::Metrics => "METRICS",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["RETAIL", "CUSTOM", "INVENTORY_PLANNING", "EC2_CAPACITY", "WORK_FORCE", "WEB_TRAFFIC", "METRICS"]
    }
}
impl ::std::convert::From<Domain> for ::forma_core::Value<Domain> {
    fn from(v: Domain) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Domain {}

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

/// The schema of `AWS::Forecast::DatasetGroup`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Forecast::DatasetGroup",
    properties: &[
        ::forma_core::schema::Property {
            name: "DatasetArns",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[a-zA-Z0-9\\-\\_\\.\\/\\:]+$"),
                    min_length: Some(0),
                    max_length: Some(256),
                }),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "DatasetGroupName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z][a-zA-Z0-9_]*"),
                min_length: Some(1),
                max_length: Some(63),
            }),
        },
        ::forma_core::schema::Property {
            name: "Domain",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "RETAIL",
                "CUSTOM",
                "INVENTORY_PLANNING",
                "EC2_CAPACITY",
                "WORK_FORCE",
                "WEB_TRAFFIC",
                "METRICS",
            ]),
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
    rules: &[],
    attributes: &["DatasetGroupArn"],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Forecast::DatasetGroup.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};
